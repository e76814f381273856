package vn.dongthap.tdcs.identity;

/**
 * Names of the Camunda groups. Each unit has an officers' group and a leaders' group; BPMN user tasks
 * use the same names as candidate groups (e.g. {@code ${unitId}.can-bo}).
 */
public final class UnitGroups {

    /** Officers of Chi nhánh NHCSXH tỉnh who consolidate reports and proposals. */
    public static final String CONSOLIDATORS = "nhcsxh-tong-hop";
    /** Officers of UBND tỉnh (Văn phòng) who decide proposals and receive the consolidated report. */
    public static final String PROVINCE = "ubnd-tinh-xu-ly";
    /** Managers of the NHCSXH branch and the UBND tỉnh office: read everything, work on nothing. */
    public static final String MANAGERS = "quan-ly";

    static final String UNIT_GROUP_TYPE = "don-vi";
    static final String ROLE_GROUP_TYPE = "vai-tro";

    private UnitGroups() {
    }

    public static String officers(String unitId) {
        return unitId + ".can-bo";
    }

    public static String leaders(String unitId) {
        return unitId + ".lanh-dao";
    }
}

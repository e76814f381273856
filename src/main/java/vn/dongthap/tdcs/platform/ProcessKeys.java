package vn.dongthap.tdcs.platform;

/**
 * The process keys (the processes' public contract, README "Processes"): bpmn/&lt;key&gt;.bpmn. Shared because
 * several features name them (identity grants starting them, dashboard reads unit reports); each process's
 * element ids and variables live in its feature's model class. {@code ProcessModelContractTest} checks them
 * against the deployed models.
 */
public final class ProcessKeys {

    public static final String ANNUAL_REPORT_CYCLE = "annual-report-cycle";
    public static final String ANNUAL_REPORT_SCHEDULE = "annual-report-schedule";
    public static final String ADHOC_REPORT_REQUEST = "adhoc-report-request";
    public static final String DIFFICULTY_REPORT = "difficulty-report";
    public static final String REPORT_CONSOLIDATION = "report-consolidation";
    public static final String UNIT_REPORT = "unit-report";
    public static final String AMENDMENT_REQUEST = "amendment-request";
    public static final String AMENDMENT_CONSOLIDATION = "amendment-consolidation";
    public static final String AMENDMENT_WITHDRAWAL = "amendment-withdrawal";
    public static final String DAILY_DIGEST = "daily-digest";
    public static final String NOTIFICATION_DELIVERY = "notification-delivery";

    private ProcessKeys() {
    }
}

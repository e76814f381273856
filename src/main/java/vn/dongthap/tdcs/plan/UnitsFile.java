package vn.dongthap.tdcs.plan;

import java.util.List;

/** The units data file (don-vi.yaml) as written by the administrator. */
public record UnitsFile(List<Kind> kinds, List<Unit> units, List<Collective> collectives) {

    public record Kind(String id, String label) {
    }

    public record Unit(String id, String name, String shortName, String kind, String email, Boolean verified) {
    }

    /** A collective name used in the plan ("UBND cấp xã"), resolved to units by kind and/or id. */
    public record Collective(String id, String name, List<String> kinds, List<String> units, Boolean verified) {
    }
}

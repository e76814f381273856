package vn.dongthap.tdcs.plan;

/**
 * Whether a unit must report in a round (Kế hoạch 752, III.1: "Các sở, ngành Tỉnh và Ủy ban nhân dân cấp xã") or
 * is only invited to contribute (III.3: "Đề nghị" to the Fatherland Front and the political-social organisations,
 * bodies outside UBND tỉnh's authority). Invited units get a task marked "không bắt buộc", no escalation, and are
 * never listed as late or missing.
 */
public enum Obligation {

    BAT_BUOC("Bắt buộc"),
    DE_NGHI("Không bắt buộc (đề nghị phối hợp)");

    private final String label;

    Obligation(String label) {
        this.label = label;
    }

    /** As forms, the dashboard and documents print it. */
    public String label() {
        return label;
    }

    public boolean mandatory() {
        return this == BAT_BUOC;
    }
}

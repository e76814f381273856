package vn.dongthap.tdcs.reporting;

/** Where one unit stands in a round, as the consolidator and the documents show it. */
public enum UnitReportStatus {
    DANG_SOAN("Chưa nộp (đang soạn)"),
    DA_NOP("Đã nộp"),
    BI_TRA_LAI("Bị trả lại, chưa nộp lại"),
    KHONG_NOP("Không nộp");

    private final String label;

    UnitReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

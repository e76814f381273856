package vn.dongthap.tdcs.reporting;

import java.util.Arrays;
import java.util.List;

/**
 * Where one unit stands in a round: the one vocabulary of the dashboard, the CSV, the Word and Excel
 * reports, the consolidator's monitoring task, the mails and the guides. Computed from facts only
 * (see {@link #of(Facts)}), never stored.
 */
public enum UnitState {

    CHUA_GIAO("chua-giao", "Chưa giao việc",
            "Kỳ đang mở; hệ thống chưa giao việc soạn báo cáo cho đơn vị (vài giây sau khi mở kỳ)"),
    DANG_SOAN("dang-soan", "Đang soạn",
            "Kỳ đang mở; cán bộ đơn vị đang soạn (kể cả khi lãnh đạo đơn vị trả lại để chỉnh sửa), chưa nộp lần nào"),
    CHO_LANH_DAO_DUYET("cho-lanh-dao-duyet", "Chờ lãnh đạo đơn vị duyệt",
            "Kỳ đang mở; cán bộ đã trình, chờ lãnh đạo đơn vị duyệt, chưa nộp lần nào"),
    DA_NOP_DUNG_HAN("da-nop-dung-han", "Đã nộp đúng hạn",
            "Lãnh đạo đơn vị đã duyệt trong hạn (tính theo lần nộp gần nhất)"),
    NOP_MUON("nop-muon", "Nộp muộn",
            "Lãnh đạo đơn vị đã duyệt sau ngày hạn nộp (tính theo lần nộp gần nhất)"),
    BI_TRA_LAI("bi-tra-lai", "Bị trả lại, chưa nộp lại",
            "Kỳ đang mở; Chi nhánh NHCSXH tỉnh đã trả lại báo cáo, đơn vị đang chỉnh sửa hoặc chờ lãnh đạo đơn vị duyệt lại"),
    KHONG_NOP_LAI("khong-nop-lai", "Bị trả lại, không nộp lại",
            "Kỳ đã đóng khi báo cáo bị trả lại chưa được nộp lại; báo cáo tổng hợp dùng lần nộp trước đó"),
    KHONG_NOP("khong-nop", "Không nộp",
            "Kỳ đã đóng khi đơn vị chưa nộp lần nào"),
    DA_GUI_KHONG_BAT_BUOC("da-gui-khong-bat-buoc", "Đã gửi (không bắt buộc)",
            "Đơn vị được đề nghị phối hợp (Kế hoạch mục III.3), không bắt buộc báo cáo, đã gửi báo cáo; "
                    + "không xét đúng hạn hay muộn"),
    KHONG_GUI_KHONG_BAT_BUOC("khong-gui-khong-bat-buoc", "Không gửi (không bắt buộc)",
            "Kỳ đã đóng; đơn vị được đề nghị phối hợp, không bắt buộc báo cáo, không gửi; "
                    + "không tính là không nộp");

    /**
     * What the application knows about a unit in a round.
     *
     * @param roundOpen      the round still takes submissions (not closed)
     * @param reportStarted  the unit's report process exists (the drafting task was handed out)
     * @param awaitingLeader the unit's leader has the approval task
     * @param versions       how many versions the unit submitted
     * @param returned       the consolidator returned the last submitted version
     * @param lastLate       the last version was submitted after the deadline day
     * @param invited        the unit is only invited to contribute (III.3), not obliged to report
     */
    public record Facts(boolean roundOpen, boolean reportStarted, boolean awaitingLeader, int versions,
                        boolean returned, boolean lastLate, boolean invited) {

        /** A unit that must report. */
        public Facts(boolean roundOpen, boolean reportStarted, boolean awaitingLeader, int versions, boolean returned,
                     boolean lastLate) {
            this(roundOpen, reportStarted, awaitingLeader, versions, returned, lastLate, false);
        }
    }

    private final String code;
    private final String label;
    private final String meaning;

    UnitState(String code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    public static UnitState of(Facts facts) {
        if (facts.invited()) {
            return invited(facts);
        }
        if (facts.versions() > 0 && facts.returned()) {
            return facts.roundOpen() ? BI_TRA_LAI : KHONG_NOP_LAI;
        }
        if (facts.versions() > 0) {
            return facts.lastLate() ? NOP_MUON : DA_NOP_DUNG_HAN;
        }
        if (!facts.roundOpen()) {
            return KHONG_NOP;
        }
        if (!facts.reportStarted()) {
            return CHUA_GIAO;
        }
        return facts.awaitingLeader() ? CHO_LANH_DAO_DUYET : DANG_SOAN;
    }

    /** An invited unit is never late, missing or "not resubmitted": its last version stands, or it sent nothing. */
    private static UnitState invited(Facts facts) {
        if (facts.versions() > 0) {
            return facts.returned() && facts.roundOpen() ? BI_TRA_LAI : DA_GUI_KHONG_BAT_BUOC;
        }
        if (!facts.roundOpen()) {
            return KHONG_GUI_KHONG_BAT_BUOC;
        }
        if (!facts.reportStarted()) {
            return CHUA_GIAO;
        }
        return facts.awaitingLeader() ? CHO_LANH_DAO_DUYET : DANG_SOAN;
    }

    /** In display order. */
    public static List<UnitState> all() {
        return Arrays.asList(values());
    }

    /** Stable code for the JSON API and the page's filters, e.g. "nop-muon". */
    public String code() {
        return code;
    }

    /** As every output prints it, e.g. "Nộp muộn". */
    public String label() {
        return label;
    }

    /** One sentence for the guides' table. */
    public String meaning() {
        return meaning;
    }

    /** The unit's latest version stands: it counts as submitted and can be returned. */
    public boolean submitted() {
        return this == DA_NOP_DUNG_HAN || this == NOP_MUON || this == DA_GUI_KHONG_BAT_BUOC;
    }

    /**
     * A shortfall of a unit that must report, listed in the late/missing table of the consolidated report and
     * counted against the unit; never the state of an invited unit.
     */
    public boolean shortfall() {
        return this == NOP_MUON || this == KHONG_NOP_LAI || this == KHONG_NOP;
    }

    /** A state only units invited to contribute (III.3) have. */
    public boolean invitedOnly() {
        return this == DA_GUI_KHONG_BAT_BUOC || this == KHONG_GUI_KHONG_BAT_BUOC;
    }

    /** Whether a unit can be in this state while the round is open (or, with false, after it closed). */
    public boolean possibleWhen(boolean roundOpen) {
        boolean closedOnly = this == KHONG_NOP || this == KHONG_NOP_LAI || this == KHONG_GUI_KHONG_BAT_BUOC;
        boolean openOnly = this == CHUA_GIAO || this == DANG_SOAN || this == CHO_LANH_DAO_DUYET || this == BI_TRA_LAI;
        return roundOpen ? !closedOnly : !openOnly;
    }
}

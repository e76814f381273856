package vn.dongthap.tdcs.amendment;

/** Where a proposal stands; the labels are what officers and managers read. */
public enum ProposalStatus {
    CHO_LANH_DAO("Chờ lãnh đạo đơn vị duyệt"),
    CHO_CHI_NHANH("Chờ Chi nhánh NHCSXH tỉnh xem xét"),
    CAN_GIAI_TRINH("Chi nhánh đề nghị giải trình"),
    /** Only proposals the model before V19 ended at the branch; the branch now recommends, UBND tỉnh decides. */
    TU_CHOI("Chi nhánh không tiếp nhận (theo quy trình cũ)"),
    DA_TIEP_NHAN("Chi nhánh đã tổng hợp, chờ trình UBND tỉnh"),
    DA_TRINH("Đã trình UBND tỉnh"),
    CHAP_THUAN("UBND tỉnh chấp thuận"),
    CHAP_THUAN_DIEU_CHINH("UBND tỉnh chấp thuận có điều chỉnh"),
    KHONG_CHAP_THUAN("UBND tỉnh không chấp thuận"),
    DA_RUT("Đơn vị đã rút đề xuất");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.dongthap.tdcs.amendment;

/** An amendment proposal as stored in kehoach.amendment_proposal. */
public record Proposal(long id, String key, String unitId, AmendmentKind kind, long planVersionId, String targetStt,
                       ItemChanges changes, String reason, ProposalStatus status, String branchOpinion,
                       Long batchId, Decision decision, String decisionNote, ItemChanges adjusted) {

    public enum Decision {
        CHAP_THUAN("Chấp thuận"),
        CHAP_THUAN_DIEU_CHINH("Chấp thuận có điều chỉnh"),
        KHONG_CHAP_THUAN("Không chấp thuận");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

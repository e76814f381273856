package vn.dongthap.tdcs.amendment;

import vn.dongthap.tdcs.plan.RegimeChange;

/**
 * An amendment proposal as stored in kehoach.amendment_proposal.
 *
 * @param regime         a proposed change of the reporting regime (reporting row only), or null
 * @param recommendation what the branch recommends UBND tỉnh, null until the branch forwarded it
 */
public record Proposal(long id, String key, String unitId, AmendmentKind kind, long planVersionId, String targetStt,
                       ItemChanges changes, String reason, ProposalStatus status, String branchOpinion,
                       Long batchId, Decision decision, String decisionNote, ItemChanges adjusted, RegimeChange regime,
                       Recommendation recommendation) {

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

    /** The branch's recommendation (plan III.5: the branch consolidates and reports, UBND tỉnh decides). */
    public enum Recommendation {
        DE_NGHI_CHAP_THUAN("Đề nghị chấp thuận"),
        DE_NGHI_KHONG_CHAP_THUAN("Kiến nghị không chấp thuận");

        private final String label;

        Recommendation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The branch's recommendation and its reasons, as UBND tỉnh and the tờ trình read them. */
    public String recommendationText() {
        if (recommendation == null) {
            return branchOpinion == null ? "" : branchOpinion;
        }
        return recommendation.label() + (branchOpinion == null ? "." : ". " + (recommendation
                == Recommendation.DE_NGHI_KHONG_CHAP_THUAN ? "Lý do: " : "Ý kiến: ") + branchOpinion);
    }
}

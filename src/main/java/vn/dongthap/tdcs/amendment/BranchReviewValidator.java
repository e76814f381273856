package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * End of Task_BranchReview: each choice needs its text (opinion, question, or the reasons for recommending that
 * UBND tỉnh decline). The branch cannot end a proposal: every choice but a clarification forwards it to UBND tỉnh.
 */
@Component("branchReviewValidator")
class BranchReviewValidator implements ExecutionListener {

    static final String RECOMMEND_APPROVAL = "tiep-nhan";
    static final String ASK_CLARIFICATION = "giai-trinh";
    static final String RECOMMEND_DECLINE = "de-nghi-khong-chap-thuan";

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = AmendmentRequestModel.BRANCH_DECISION.raw(execution);
        if (RECOMMEND_APPROVAL.equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.BRANCH_OPINION, "Ý kiến của Chi nhánh", 5);
        } else if (ASK_CLARIFICATION.equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.CLARIFICATION_QUESTION,
                    "Nội dung đề nghị giải trình", 5);
        } else if (RECOMMEND_DECLINE.equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.DECLINE_REASON,
                    "Lý do kiến nghị không chấp thuận", 5);
        } else {
            throw new InvalidFormInputException(AmendmentRequestModel.BRANCH_DECISION.name(),
                    "\"Ý kiến xử lý\" phải là trình UBND tỉnh đề nghị chấp thuận, đề nghị đơn vị giải trình, hoặc trình"
                            + " UBND tỉnh kiến nghị không chấp thuận (Chi nhánh không tự kết thúc đề xuất: UBND tỉnh quyết"
                            + " định mọi đề xuất).");
        }
    }
}

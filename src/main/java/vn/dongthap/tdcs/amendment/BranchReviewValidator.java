package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** End of Task_BranchReview: each decision needs its text (opinion, question or reason). */
@Component("branchReviewValidator")
class BranchReviewValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = AmendmentRequestModel.BRANCH_DECISION.raw(execution);
        if ("tiep-nhan".equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.BRANCH_OPINION, "Ý kiến của Chi nhánh", 5);
        } else if ("giai-trinh".equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.CLARIFICATION_QUESTION,
                    "Nội dung đề nghị giải trình", 5);
        } else if ("tu-choi".equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.DECLINE_REASON, "Lý do không tiếp nhận", 5);
        } else {
            throw new InvalidFormInputException(AmendmentRequestModel.BRANCH_DECISION.name(),
                    "\"Ý kiến xử lý\" phải là tiếp nhận, đề nghị giải trình hoặc không tiếp nhận.");
        }
    }
}

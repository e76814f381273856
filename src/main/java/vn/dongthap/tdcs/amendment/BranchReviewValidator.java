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
        Object decision = execution.getVariable("branchDecision");
        if ("tiep-nhan".equals(decision)) {
            ProposalInputs.requireText(execution, "branchOpinion", "Ý kiến của Chi nhánh", 5);
        } else if ("giai-trinh".equals(decision)) {
            ProposalInputs.requireText(execution, "clarificationQuestion", "Nội dung đề nghị giải trình", 5);
        } else if ("tu-choi".equals(decision)) {
            ProposalInputs.requireText(execution, "declineReason", "Lý do không tiếp nhận", 5);
        } else {
            throw new InvalidFormInputException("branchDecision",
                    "\"Ý kiến xử lý\" phải là tiếp nhận, đề nghị giải trình hoặc không tiếp nhận.");
        }
    }
}

package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** End of Task_LeaderReviewProposal: the unit's leader approves, or returns with a reason. */
@Component("leaderReviewValidator")
class LeaderReviewValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = AmendmentRequestModel.APPROVAL_DECISION.raw(execution);
        if ("tra-lai".equals(decision)) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.RETURN_REASON, "Lý do trả lại", 5);
        } else if (!"duyet".equals(decision)) {
            throw new InvalidFormInputException(AmendmentRequestModel.APPROVAL_DECISION.name(),
                    "\"Ý kiến của lãnh đạo đơn vị\" phải là \"Duyệt\" hoặc \"Trả lại\".");
        }
    }
}

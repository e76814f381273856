package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Task_ReviseProposal and Task_AnswerClarification: the revised proposal must still be valid. */
@Component("proposalRevisionValidator")
class ProposalRevisionValidator implements ExecutionListener {

    private final ProposalContext context;
    private final ProposalForm form;

    ProposalRevisionValidator(ProposalContext context, ProposalForm form) {
        this.context = context;
        this.form = form;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        form.read(execution, context.proposal(execution).planVersionId());
        if (AmendmentRequestModel.TASK_ANSWER_CLARIFICATION.equals(execution.getCurrentActivityId())) {
            ProposalInputs.requireText(execution, AmendmentRequestModel.CLARIFICATION_ANSWER, "Nội dung giải trình", 5);
        }
    }
}

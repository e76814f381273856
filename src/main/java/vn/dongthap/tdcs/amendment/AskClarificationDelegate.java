package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AskClarification: the branch asks the unit to explain; the question is kept with the proposal. */
@Component("askClarification")
class AskClarificationDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;

    AskClarificationDelegate(Proposals proposals, ProposalContext context) {
        this.proposals = proposals;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.recordBranchReview(context.proposal(execution).id(), ProposalStatus.CAN_GIAI_TRINH, null,
                AmendmentRequestModel.CLARIFICATION_QUESTION.get(execution).trim(), null);
    }
}

package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_AskClarification: the branch asks the unit to explain; the question opens an entry of the proposal's thread. */
@Component("askClarification")
class AskClarificationDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;

    private final AppClock clock;

    AskClarificationDelegate(Proposals proposals, ProposalContext context, AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.askClarification(context.proposal(execution).id(),
                AmendmentRequestModel.CLARIFICATION_QUESTION.get(execution).trim(), ProposalInputs.currentUser(execution),
                clock.now());
    }
}

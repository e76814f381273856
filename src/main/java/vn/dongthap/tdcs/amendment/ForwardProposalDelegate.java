package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_ForwardToBranch: the unit's leader approved. */
@Component("forwardProposal")
class ForwardProposalDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;

    private final AppClock clock;

    ForwardProposalDelegate(Proposals proposals, ProposalContext context, AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.recordLeaderApproval(context.proposal(execution).id(), ProposalInputs.currentUser(execution), clock.now());
    }
}

package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ForwardToBranch: the unit's leader approved. */
@Component("forwardProposal")
class ForwardProposalDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;

    ForwardProposalDelegate(Proposals proposals, ProposalContext context) {
        this.proposals = proposals;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.setStatus(context.proposal(execution).id(), ProposalStatus.CHO_CHI_NHANH);
    }
}

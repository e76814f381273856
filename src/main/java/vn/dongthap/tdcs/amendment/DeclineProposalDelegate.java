package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordDecline: the proposal ends; the unit is told why. */
@Component("declineProposal")
class DeclineProposalDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;
    private final ProposalOutcomeMail outcomes;

    DeclineProposalDelegate(Proposals proposals, ProposalContext context, ProposalOutcomeMail outcomes) {
        this.proposals = proposals;
        this.context = context;
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = context.proposal(execution);
        String reason = AmendmentRequestModel.DECLINE_REASON.get(execution).trim();
        proposals.recordBranchReview(proposal.id(), ProposalStatus.TU_CHOI, null, null, reason);
        String outcome = "Chi nhánh NHCSXH tỉnh không tiếp nhận đề xuất " + proposal.key() + ". Lý do: " + reason;
        AmendmentRequestModel.OUTCOME_TEXT.set(execution, outcome);
        outcomes.tell(proposal.unitId(), proposal.key(), outcome);
    }
}

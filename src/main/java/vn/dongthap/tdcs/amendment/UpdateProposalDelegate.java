package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_UpdateProposal / Task_RecordClarification: store the revision; back to the leader or the branch. */
@Component("updateProposal")
class UpdateProposalDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;
    private final ProposalForm form;
    private final AppClock clock;

    UpdateProposalDelegate(Proposals proposals, ProposalContext context, ProposalForm form, AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.form = form;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = context.proposal(execution);
        ProposalForm.Input input = form.read(execution, proposal.planVersionId());
        long id = proposal.id();
        proposals.revise(id, input.targetStt(), input.changes(), input.regime(), input.reason(), clock.now());
        boolean answered = AmendmentRequestModel.TASK_RECORD_CLARIFICATION.equals(execution.getCurrentActivityId());
        Object answer = AmendmentRequestModel.CLARIFICATION_ANSWER.raw(execution);
        if (answered && answer instanceof String text && !text.isBlank()) {
            proposals.recordAnswer(id, text.trim(), ProposalInputs.currentUser(execution), clock.now());
        }
        proposals.setStatus(id, answered ? ProposalStatus.CHO_CHI_NHANH : ProposalStatus.CHO_LANH_DAO);
        AmendmentRequestModel.KIND_LABEL.set(execution, input.kind().label());
    }
}

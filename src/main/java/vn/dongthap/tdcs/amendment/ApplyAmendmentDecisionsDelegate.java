package vn.dongthap.tdcs.amendment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_ApplyDecisions: decisions recorded, a new plan version if anything was approved, each proposing unit told its
 * outcome, and every unit the new version concerns told what changed for it.
 */
@Component("applyAmendmentDecisions")
class ApplyAmendmentDecisionsDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;
    private final AmendmentBatches batches;
    private final AmendmentDecisions decisions;
    private final BatchContents contents;
    private final PlanRevision revision;
    private final ProposalOutcomeMail outcomes;
    private final PlanVersionNotice versionNotice;
    private final AppClock clock;

    ApplyAmendmentDecisionsDelegate(Proposals proposals, ProposalContext context, AmendmentBatches batches,
                                    AmendmentDecisions decisions, BatchContents contents, PlanRevision revision,
                                    ProposalOutcomeMail outcomes, PlanVersionNotice versionNotice, AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.batches = batches;
        this.decisions = decisions;
        this.contents = contents;
        this.revision = revision;
        this.outcomes = outcomes;
        this.versionNotice = versionNotice;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long batchId = context.batch(execution).id();
        // Serialised with withdrawals: a proposal withdrawn before this point is left out, one withdrawn after fails.
        batches.lock();
        List<Proposal> members = proposals.ofBatch(batchId);
        long base = contents.newestVersion();
        AmendmentDecisions.Checked checked = decisions.check(execution, members, proposals.withdrawnOfBatch(batchId), base);
        String actor = ProposalInputs.currentUser(execution);
        Long newVersion = checked.changes().isEmpty() ? null
                : revision.createVersion(base, checked.changes(), checked.number(), checked.date(), actor);
        batches.markDecided(batchId, checked.number(), checked.date(), actor, clock.now(), newVersion);
        String decision = " (Quyết định số " + checked.number() + " ngày "
                + checked.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")";
        for (Proposal p : members) {
            AmendmentDecisions.Decided d = checked.byProposal().get(p.id());
            proposals.recordDecision(p.id(), d.decision(), d.note(), d.adjusted());
            String outcome = "Ủy ban nhân dân tỉnh " + d.decision().label().toLowerCase() + " đề xuất " + p.key() + decision
                    + (d.note() == null ? "." : ". Ghi chú: " + d.note());
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(AmendmentRequestModel.MSG_PROPOSAL_DECIDED)
                    .processInstanceBusinessKey(p.key()).setVariable(AmendmentRequestModel.OUTCOME_TEXT.name(), outcome)
                    .correlate();
            outcomes.tell(p.unitId(), p.key(), outcome);
        }
        AmendmentConsolidationModel.NEW_PLAN_VERSION_ID.set(execution, newVersion);
        if (newVersion != null) {
            versionNotice.tellUnitsConcerned(base, newVersion);
        }
    }
}

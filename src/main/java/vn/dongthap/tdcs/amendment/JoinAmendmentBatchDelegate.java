package vn.dongthap.tdcs.amendment;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_JoinBatch: the branch forwards the proposal to UBND tỉnh with its recommendation (approve, or decline with
 * reasons): it joins the open batch, or opens one (event-driven, no polling). Plan III.5: UBND tỉnh decides every
 * proposal a unit's leader sent; the branch only recommends.
 */
@Component("joinAmendmentBatch")
class JoinAmendmentBatchDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;
    private final AmendmentBatches batches;
    private final BatchContents contents;
    private final AppClock clock;

    JoinAmendmentBatchDelegate(Proposals proposals, ProposalContext context, AmendmentBatches batches,
                               BatchContents contents, AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.batches = batches;
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = context.proposal(execution);
        long id = proposal.id();
        boolean recommendsDecline = BranchReviewValidator.RECOMMEND_DECLINE.equals(
                AmendmentRequestModel.BRANCH_DECISION.raw(execution));
        Proposal.Recommendation recommendation = recommendsDecline
                ? Proposal.Recommendation.DE_NGHI_KHONG_CHAP_THUAN : Proposal.Recommendation.DE_NGHI_CHAP_THUAN;
        String opinion = (recommendsDecline ? AmendmentRequestModel.DECLINE_REASON : AmendmentRequestModel.BRANCH_OPINION)
                .get(execution).trim();
        batches.lock();
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        var open = batches.open();
        AmendmentBatches.Batch batch = open.orElseGet(() -> {
            Instant now = clock.now();
            return batches.create(clock.dateOf(now).getYear(), now, proposal.planVersionId());
        });
        proposals.joinBatch(id, batch.id(), recommendation, opinion);
        if (open.isEmpty()) {
            runtime.startProcessInstanceByKey(AmendmentConsolidationModel.PROCESS_KEY, batch.key(),
                    Map.of(AmendmentConsolidationModel.BATCH_KEY.name(), batch.key()));
        } else {
            // The consolidator's task shows what the batch holds; keep it current.
            runtime.createProcessInstanceQuery().processDefinitionKey(AmendmentConsolidationModel.PROCESS_KEY)
                    .processInstanceBusinessKey(batch.key())
                    .list().forEach(p -> runtime.setVariable(p.getId(), AmendmentConsolidationModel.BATCH_SUMMARY.name(),
                            contents.summary(batch.id())));
        }
        AmendmentRequestModel.BATCH_KEY.set(execution, batch.key());
    }
}

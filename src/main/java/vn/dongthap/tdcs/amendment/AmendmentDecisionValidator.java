package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Task_DecideProposals: number, date and every proposal decided, and the plan can take it. */
@Component("amendmentDecisionValidator")
class AmendmentDecisionValidator implements ExecutionListener {

    private final Proposals proposals;
    private final ProposalContext context;
    private final AmendmentDecisions decisions;
    private final BatchContents contents;

    AmendmentDecisionValidator(Proposals proposals, ProposalContext context, AmendmentDecisions decisions,
                               BatchContents contents) {
        this.proposals = proposals;
        this.context = context;
        this.decisions = decisions;
        this.contents = contents;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            long batchId = context.batch(execution).id();
            decisions.check(execution, proposals.ofBatch(batchId), proposals.withdrawnOfBatch(batchId),
                    contents.newestVersion());
        }
    }
}

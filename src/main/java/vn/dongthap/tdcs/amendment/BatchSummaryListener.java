package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_SubmitBatch, on create: what the batch holds (updated as proposals join, until it is submitted). */
@Component("batchSummary")
class BatchSummaryListener implements TaskListener {

    private final ProposalContext context;
    private final BatchContents contents;

    BatchSummaryListener(ProposalContext context, BatchContents contents) {
        this.context = context;
        this.contents = contents;
    }

    @Override
    public void notify(DelegateTask task) {
        AmendmentConsolidationModel.BATCH_SUMMARY.set(task, contents.summary(context.batch(task.getExecution()).id()));
    }
}

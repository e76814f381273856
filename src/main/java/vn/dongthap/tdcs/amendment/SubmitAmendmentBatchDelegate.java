package vn.dongthap.tdcs.amendment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.amendment.documents.SubmissionWordWriter;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** Task_PrepareSubmission: the batch is submitted once, with its tờ trình; UBND tỉnh gets one row per proposal. */
@Component("submitAmendmentBatch")
class SubmitAmendmentBatchDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalContext context;
    private final AmendmentBatches batches;
    private final AmendmentDecisions decisions;
    private final BatchContents contents;
    private final SubmissionWordWriter writer;
    private final AppClock clock;

    SubmitAmendmentBatchDelegate(Proposals proposals, ProposalContext context, AmendmentBatches batches,
                                 AmendmentDecisions decisions, BatchContents contents, SubmissionWordWriter writer,
                                 AppClock clock) {
        this.proposals = proposals;
        this.context = context;
        this.batches = batches;
        this.decisions = decisions;
        this.contents = contents;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AmendmentBatches.Batch batch = context.batch(execution);
        long batchId = batch.id();
        batches.lock();
        List<Proposal> members = proposals.ofBatch(batchId);
        if (members.isEmpty()) {
            // every unit withdrew its proposal: nothing to submit; the batch stays open for the next proposal
            throw new InvalidFormInputException(AmendmentConsolidationModel.BATCH_KEY.name(), "Tờ trình " + batch.key()
                    + " không còn đề xuất nào (các đơn vị đã rút đề xuất): chưa thể trình Ủy ban nhân dân tỉnh.");
        }
        byte[] docx = writer.write(contents.submission(batch.key(), members));
        if (!batches.markSubmitted(batchId, ProposalInputs.currentUser(execution), clock.now(), docx)) {
            throw new InvalidFormInputException(AmendmentConsolidationModel.BATCH_KEY.name(), "Tờ trình " + batch.key()
                    + " đã được trình Ủy ban nhân dân tỉnh.");
        }
        members.forEach(p -> proposals.setStatus(p.id(), ProposalStatus.DA_TRINH));
        AmendmentConsolidationModel.DECISIONS.set(execution, decisions.rows(members, contents.unitNames()));
        AmendmentConsolidationModel.SUBMISSION_URL.set(execution, AmendmentController.submissionUrl(batch.key()));
    }
}

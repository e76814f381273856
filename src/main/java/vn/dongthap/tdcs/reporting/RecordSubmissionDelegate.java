package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSubmission: the leader approved; the report becomes a new submitted version in the
 * application's tables, on time or late against the round's deadline (Asia/Ho_Chi_Minh days).
 */
@Component("recordSubmission")
class RecordSubmissionDelegate implements JavaDelegate {

    private final UnitReportForm form;
    private final ReportRounds rounds;
    private final RoundContext context;
    private final Submissions submissions;
    private final ReportAttachments attachments;
    private final ReportingProperties properties;

    RecordSubmissionDelegate(UnitReportForm form, ReportRounds rounds, RoundContext context, Submissions submissions,
                             ReportAttachments attachments, ReportingProperties properties) {
        this.form = form;
        this.rounds = rounds;
        this.context = context;
        this.submissions = submissions;
        this.attachments = attachments;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        long roundId = round.id();
        String unitId = context.unitId(execution);
        UnitReportForm.Content content = form.parse(execution, round.planVersionId(), unitId);
        // The engine clock, so that tests can move time past the deadline.
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean late = LocalDate.ofInstant(now, properties.zone()).isAfter(round.deadline());
        int version = rounds.markSubmitted(roundId, unitId, now, late);
        long submissionId = submissions.insert(new Submissions.Submission(0, roundId, unitId, version, now, late,
                Initiator.of(execution), content.figures(), content.generalComment()),
                content.items());
        attachments.latestId(roundId, unitId).ifPresent(id -> attachments.linkToSubmission(submissionId, id));
        execution.setVariable("submittedLate", late);
        execution.setVariable("submissionVersion", version);
        execution.removeVariable("approvalDecision");
        execution.removeVariable("returnReason");
    }
}

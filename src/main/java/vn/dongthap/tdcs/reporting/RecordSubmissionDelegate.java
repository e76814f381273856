package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_RecordSubmission: the leader approved; the report becomes a new submitted version in the
 * application's tables, on time or late against the round's deadline (days in the application's time zone).
 */
@Component("recordSubmission")
class RecordSubmissionDelegate implements JavaDelegate {

    private final UnitReportForm form;
    private final ReportRounds rounds;
    private final RoundContext context;
    private final Submissions submissions;
    private final ReportAttachments attachments;
    private final AppClock clock;

    RecordSubmissionDelegate(UnitReportForm form, ReportRounds rounds, RoundContext context, Submissions submissions,
                             ReportAttachments attachments, AppClock clock) {
        this.form = form;
        this.rounds = rounds;
        this.context = context;
        this.submissions = submissions;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        long roundId = round.id();
        String unitId = context.unitId(execution);
        UnitReportForm.Content content = form.parse(execution, round.planVersionId(), unitId);
        // The engine clock, so that tests can move time past the deadline.
        Instant now = clock.now();
        boolean late = clock.dateOf(now).isAfter(round.deadline());
        int version = rounds.markSubmitted(roundId, unitId, now, late);
        long submissionId = submissions.insert(new Submissions.Submission(0, roundId, unitId, version, now, late,
                Initiator.of(execution), content.figures(), content.generalComment()),
                content.items());
        attachments.latestId(roundId, unitId).ifPresent(id -> attachments.linkToSubmission(submissionId, id));
        UnitReportModel.SUBMITTED_LATE.set(execution, late);
        UnitReportModel.SUBMISSION_VERSION.set(execution, version);
        UnitReportModel.APPROVAL_DECISION.remove(execution);
        UnitReportModel.RETURN_REASON.remove(execution);
    }
}

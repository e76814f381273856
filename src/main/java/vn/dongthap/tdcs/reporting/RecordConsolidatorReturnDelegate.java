package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_RecordConsolidatorReturn: Chi nhánh NHCSXH returned the submitted report; the unit revises it. */
@Component("recordConsolidatorReturn")
class RecordConsolidatorReturnDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final Submissions submissions;
    private final Notifications notifications;
    private final AppClock clock;

    private final DeadlineWording wording;

    RecordConsolidatorReturnDelegate(ReportRounds rounds, RoundContext context, PlanRegisterQueries plan,
                                     Submissions submissions, Notifications notifications, AppClock clock, DeadlineWording wording) {
        this.wording = wording;
        this.clock = clock;
        this.rounds = rounds;
        this.context = context;
        this.plan = plan;
        this.submissions = submissions;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        long roundId = round.id();
        String unitId = context.unitId(execution);
        String reason = ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.get(execution);
        rounds.markReturned(roundId, unitId, reason);
        submissions.recordReturn(roundId, new Submissions.Return(unitId, Initiator.of(execution),
                "TONG_HOP", reason, clock.now()));
        // Shown on the draft form so the officer knows what to revise.
        UnitReportModel.RETURN_REASON.set(execution, "Chi nhánh NHCSXH tỉnh trả lại: " + reason);
        int occurrence = submissions.returns(roundId, unitId).size();
        Map<String, Object> model = Map.of("unitName", plan.unit(unitId).map(PlanViews.Unit::name).orElse(unitId),
                "roundTitle", round.title(), "reason", reason,
                "deadlineText", round.deadline().format(RoundOpening.VN_DATE), "deadlineRule", wording.of(round),
                "tasklistLink", notifications.tasklistLink());
        for (Notifications.Recipient officer : notifications.membersOf(UnitGroups.officers(unitId))) {
            notifications.send("report-returned", "returned:" + round.key() + ":"
                    + unitId + ":" + occurrence + ":" + officer.userId(), officer, model, null);
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.notification.Notifications;

/** Task_RecordConsolidatorReturn: Chi nhánh NHCSXH returned the submitted report; the unit revises it. */
@Component("recordConsolidatorReturn")
class RecordConsolidatorReturnDelegate implements JavaDelegate {

    static final String REASON = "consolidatorReturnReason";
    static final String RETURNED_BY = "returnedBy";

    private final ReportRounds rounds;
    private final Submissions submissions;
    private final Notifications notifications;

    RecordConsolidatorReturnDelegate(ReportRounds rounds, Submissions submissions, Notifications notifications) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = RoundVariables.roundId(execution);
        String unitId = RoundVariables.unitId(execution);
        String reason = (String) execution.getVariable(REASON);
        rounds.markReturned(roundId, unitId, reason);
        submissions.recordReturn(roundId, new Submissions.Return(unitId, (String) execution.getVariable(RETURNED_BY),
                "TONG_HOP", reason, Instant.now()));
        // Shown on the draft form so the officer knows what to revise.
        execution.setVariable("returnReason", "Chi nhánh NHCSXH tỉnh trả lại: " + reason);
        int occurrence = submissions.returns(roundId, unitId).size();
        Map<String, Object> model = Map.of("unitName", execution.getVariable(RoundVariables.UNIT_NAME),
                "roundTitle", execution.getVariable(RoundVariables.ROUND_TITLE), "reason", reason,
                "deadlineText", execution.getVariable(RoundVariables.DEADLINE_TEXT));
        for (Notifications.Recipient officer : notifications.membersOf(UnitGroups.officers(unitId))) {
            notifications.send("report-returned", "returned:" + execution.getVariable(RoundVariables.ROUND_KEY) + ":"
                    + unitId + ":" + occurrence + ":" + officer.userId(), officer, model, null);
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordConsolidatorReturn: Chi nhánh NHCSXH returned the submitted report; the unit revises it. */
@Component("recordConsolidatorReturn")
class RecordConsolidatorReturnDelegate implements JavaDelegate {

    static final String REASON = "consolidatorReturnReason";
    static final String RETURNED_BY = "returnedBy";

    private final ReportRounds rounds;
    private final Submissions submissions;

    RecordConsolidatorReturnDelegate(ReportRounds rounds, Submissions submissions) {
        this.rounds = rounds;
        this.submissions = submissions;
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
    }
}

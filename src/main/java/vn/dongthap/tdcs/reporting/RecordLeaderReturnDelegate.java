package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordLeaderReturn: the unit's leader sent the draft back; the reason is kept in the history. */
@Component("recordLeaderReturn")
class RecordLeaderReturnDelegate implements JavaDelegate {

    private final Submissions submissions;

    RecordLeaderReturnDelegate(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.recordReturn(RoundVariables.roundId(execution), new Submissions.Return(RoundVariables.unitId(execution),
                Initiator.of(execution), "LANH_DAO_DON_VI", (String) execution.getVariable("returnReason"), Instant.now()));
        execution.removeVariable("approvalDecision");
    }
}

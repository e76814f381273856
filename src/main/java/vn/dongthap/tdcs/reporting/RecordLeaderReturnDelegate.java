package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_RecordLeaderReturn: the unit's leader sent the draft back; the reason is kept in the history. */
@Component("recordLeaderReturn")
class RecordLeaderReturnDelegate implements JavaDelegate {

    private final Submissions submissions;
    private final RoundContext context;
    private final AppClock clock;

    RecordLeaderReturnDelegate(Submissions submissions, RoundContext context, AppClock clock) {
        this.clock = clock;
        this.submissions = submissions;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.recordReturn(context.round(execution).id(), new Submissions.Return(context.unitId(execution),
                Initiator.of(execution), "LANH_DAO_DON_VI", UnitReportModel.RETURN_REASON.get(execution), clock.now()));
        UnitReportModel.APPROVAL_DECISION.remove(execution);
    }
}

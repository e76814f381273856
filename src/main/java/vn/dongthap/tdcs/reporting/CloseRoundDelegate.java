package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_CloseRound, in the consolidator's request: records who closes the round and when. The unit reports are
 * closed afterwards by chunk jobs (Task_CloseUnitReports), so that her click does not grow with the units.
 */
@Component("closeReportRound")
class CloseRoundDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final AppClock clock;

    CloseRoundDelegate(ReportRounds rounds, RoundContext context, AppClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.requestClose(context.round(execution).id(), Initiator.of(execution), clock.now());
    }
}

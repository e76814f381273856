package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_RecordRoundClosed: every unit report is closed; the round is closed by whoever asked (Task_CloseRound). */
@Component("recordRoundClosed")
class RecordRoundClosedDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final AppClock clock;

    RecordRoundClosedDelegate(ReportRounds rounds, RoundContext context, AppClock clock) {
        this.rounds = rounds;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = context.round(execution).id();
        rounds.markClosed(roundId, rounds.closeRequestedBy(roundId).orElse("system"), clock.now());
    }
}

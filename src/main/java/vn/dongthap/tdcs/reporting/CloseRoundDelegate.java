package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_CloseRound: message Msg_RoundClosed to every unit-report of the round. Units still drafting
 * end as "not submitted", submitted ones end as submitted; the round never waits for a silent unit.
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

    /** The round's unit reports are the instances recorded in the round's table, not those a variable names. */
    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (UnitInRound unit : rounds.units(round.id())) {
            if (unit.processInstanceId() != null) {
                runtime.createMessageCorrelation(UnitReportModel.MSG_ROUND_CLOSED).processInstanceId(unit.processInstanceId()).correlateAllWithResult();
            }
        }
        rounds.markClosed(round.id(), Initiator.of(execution), clock.now());
    }
}

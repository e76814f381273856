package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_CloseRound: message Msg_RoundClosed to every unit-report of the round. Units still drafting
 * end as "not submitted", submitted ones end as submitted; the round never waits for a silent unit.
 */
@Component("closeReportRound")
class CloseRoundDelegate implements JavaDelegate {

    static final String MESSAGE = "Msg_RoundClosed";

    private final ReportRounds rounds;

    CloseRoundDelegate(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .processInstanceVariableEquals(RoundVariables.ROUND_KEY, execution.getVariable(RoundVariables.ROUND_KEY))
                .correlateAllWithResult();
        rounds.markClosed(RoundVariables.roundId(execution), Initiator.of(execution), ClockUtil.getCurrentTime().toInstant());
    }
}

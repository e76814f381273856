package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordNotSubmitted: the round closed before this unit submitted. */
@Component("recordNotSubmitted")
class RecordNotSubmittedDelegate implements JavaDelegate {

    private final ReportRounds rounds;

    RecordNotSubmittedDelegate(ReportRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.markNotSubmitted(RoundVariables.roundId(execution), RoundVariables.unitId(execution));
    }
}

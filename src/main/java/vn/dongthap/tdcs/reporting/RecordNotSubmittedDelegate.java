package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordNotSubmitted: the round closed before this unit submitted. */
@Component("recordNotSubmitted")
class RecordNotSubmittedDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;

    RecordNotSubmittedDelegate(ReportRounds rounds, RoundContext context) {
        this.rounds = rounds;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.markNotSubmitted(context.round(execution).id(), context.unitId(execution));
    }
}

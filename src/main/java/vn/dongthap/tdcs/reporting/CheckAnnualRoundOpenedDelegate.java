package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_CheckYearOpened: the timer opens this year's round only if a consolidator has not already. */
@Component("checkAnnualRoundOpened")
class CheckAnnualRoundOpenedDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final ReportingProperties properties;

    CheckAnnualRoundOpenedDelegate(ReportRounds rounds, ReportingProperties properties) {
        this.rounds = rounds;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.zone()).getYear();
        execution.setVariable("annualRoundOpened", rounds.findAnnual(year).isPresent());
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_CheckYearOpened: the timer opens this year's round only if a consolidator has not already. */
@Component("checkAnnualRoundOpened")
class CheckAnnualRoundOpenedDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final AppClock clock;

    CheckAnnualRoundOpenedDelegate(ReportRounds rounds, AppClock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = clock.today().getYear();
        AnnualReportScheduleModel.ANNUAL_ROUND_OPENED.set(execution, rounds.findAnnual(year).isPresent());
    }
}

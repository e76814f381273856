package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_CheckYearOpened: the timer fires every morning of its window (app.reporting.annual-start-cron, default each day
 * of September) and opens this year's round on the first working day of the working calendar (01/9/2026 is Quốc
 * khánh: 03/9), unless a consolidator already opened it or the plan asks no annual report for this year yet.
 */
@Component("checkAnnualRoundOpened")
class CheckAnnualRoundOpenedDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final AppClock clock;
    private final WorkingCalendar calendar;
    private final PlanRegisterQueries plan;

    CheckAnnualRoundOpenedDelegate(ReportRounds rounds, AppClock clock, WorkingCalendar calendar,
                                   PlanRegisterQueries plan) {
        this.rounds = rounds;
        this.clock = clock;
        this.calendar = calendar;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = clock.today();
        int year = today.getYear();
        boolean opens = calendar.isWorkingDay(today) && rounds.findAnnual(year).isEmpty() && planAsksFor(year, today);
        AnnualReportScheduleModel.ROUND_OPENS_TODAY.set(execution, opens);
    }

    private boolean planAsksFor(int year, LocalDate today) {
        return plan.versionInForce(today).flatMap(plan::version).map(version -> {
            MonthDay due = MonthDay.parse(version.reportingRegime().dueBefore(), DateTimeFormatter.ofPattern("MM-dd"));
            return year >= RoundOpening.firstAnnualYear(version.summary().issuedOn(), due);
        }).orElse(false);
    }
}

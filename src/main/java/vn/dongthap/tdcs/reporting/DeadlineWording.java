package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;

/**
 * A round's deadline as forms and mails show it: the plan's own wording next to the computed day, e.g. "Theo Kế
 * hoạch: trước ngày 05/10; hạn cuối: Thứ Hai 05/10/2026 vì 04/10 là Chủ nhật" (Bộ luật Dân sự 2015, Art. 148: a
 * period whose last day is a day off ends at the end of the next working day).
 */
@Component
public class DeadlineWording {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final WorkingCalendar calendar;
    private final PlanRegisterQueries plan;

    DeadlineWording(WorkingCalendar calendar, PlanRegisterQueries plan) {
        this.calendar = calendar;
        this.plan = plan;
    }

    public String of(ReportRound round) {
        if (round.kind() != RoundKind.HANG_NAM) {
            return "Theo yêu cầu: hạn cuối " + calendar.lastDayText(round.deadline(), round.deadline());
        }
        // the regime alone: this runs whenever a unit report's form loads or a reminder is written
        String dueBefore = plan.reportingRegime(round.planVersionId()).orElseThrow().dueBefore();
        MonthDay due = MonthDay.parse(dueBefore, MONTH_DAY);
        LocalDate planLastDay = (due.isValidYear(round.reportYear()) ? due.atYear(round.reportYear())
                : LocalDate.of(round.reportYear(), 3, 1)).minusDays(1);
        String planText = "Theo Kế hoạch: trước ngày " + due.format(DAY_MONTH);
        if (round.deadlineOverridden()) {
            return planText + " (" + calendar.lastDayText(planLastDay, round.computedDeadline())
                    + "); hạn cuối do Chi nhánh NHCSXH tỉnh ấn định: "
                    + calendar.lastDayText(round.deadline(), round.deadline());
        }
        return planText + "; hạn cuối: " + calendar.lastDayText(planLastDay, round.deadline());
    }
}

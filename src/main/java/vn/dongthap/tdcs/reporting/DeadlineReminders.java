package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_RemindOrEscalate, run each morning by the non-interrupting timer on the unit's drafting
 * subprocess (so it stops as soon as the unit submits): on the working days of the reminder schedule
 * the unit's officers get a reminder; from the deadline on, its leaders and the consolidators get an
 * escalation every few working days. Days are counted on the working calendar.
 */
@Component("remindOrEscalate")
class DeadlineReminders implements JavaDelegate {

    private final WorkingCalendar calendar;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final Notifications notifications;
    private final ReminderProperties schedule;
    private final AppClock clock;
    private final UnitStates states;

    DeadlineReminders(WorkingCalendar calendar, RoundContext context, PlanRegisterQueries plan, Notifications notifications,
                      ReminderProperties schedule, AppClock clock, UnitStates states) {
        this.states = states;
        this.calendar = calendar;
        this.context = context;
        this.plan = plan;
        this.notifications = notifications;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = clock.today();
        if (!calendar.isWorkingDay(today)) {
            return;
        }
        ReportRound round = context.round(execution);
        String unitId = context.unitId(execution);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("unitName", plan.unit(unitId).map(PlanViews.Unit::name).orElse(unitId));
        model.put("roundTitle", round.title());
        model.put("deadlineText", round.deadline().format(RoundOpening.VN_DATE));
        model.put("tasklistLink", notifications.tasklistLink());
        states.of(round, unitId).ifPresent(s -> model.put("stateLabel", s.state().label()));
        if (today.isBefore(round.deadline())) {
            for (int days : schedule.daysBefore()) {
                if (calendar.workingDaysBefore(round.deadline(), days).equals(today)) {
                    model.put("daysLeft", days);
                    send("deadline-reminder", round, unitId, "nhac-" + days, UnitGroups.officers(unitId), model);
                }
            }
            return;
        }
        int late = workingDaysBetween(round.deadline(), today);
        if (late % Math.max(1, schedule.escalateEveryWorkingDays()) == 0) {
            model.put("daysLate", late);
            String occurrence = "qua-han-" + today;
            send("deadline-escalation", round, unitId, occurrence, UnitGroups.leaders(unitId), model);
            send("deadline-escalation", round, unitId, occurrence, UnitGroups.CONSOLIDATORS, model);
        }
    }

    private void send(String kind, ReportRound round, String unitId, String occurrence, String group,
                      Map<String, Object> model) {
        for (Notifications.Recipient recipient : notifications.membersOf(group)) {
            notifications.send(kind, kind + ":" + round.key() + ":" + unitId + ":" + occurrence + ":" + recipient.userId(),
                    recipient, model, null);
        }
    }

    /** 0 on the deadline day itself, 1 on the next working day, ... */
    private int workingDaysBetween(LocalDate deadline, LocalDate today) {
        int days = 0;
        LocalDate day = deadline;
        while (day.isBefore(today)) {
            day = calendar.addWorkingDays(day, 1);
            days++;
        }
        return days;
    }
}

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
 * the unit's officers get a reminder; from the first working day after the deadline day on, its leaders and the
 * consolidators get an escalation every few working days. Days are counted on the working calendar. A unit only invited to contribute
 * (III.3) gets the reminders but never an escalation: it cannot be late.
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
    private final DeadlineWording wording;

    DeadlineReminders(WorkingCalendar calendar, RoundContext context, PlanRegisterQueries plan, Notifications notifications,
                      ReminderProperties schedule, AppClock clock, UnitStates states, DeadlineWording wording) {
        this.wording = wording;
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
        model.put("deadlineRule", wording.of(round));
        model.put("tasklistLink", notifications.tasklistLink());
        var standing = states.of(round, unitId);
        standing.ifPresent(s -> model.put("stateLabel", s.state().label()));
        boolean invited = standing.map(s -> s.unit().invited()).orElse(false);
        model.put("invited", invited);
        // The deadline day is the last day to submit, not a day late: "Quá hạn" starts the day after.
        if (!today.isAfter(round.deadline())) {
            for (int days : schedule.daysBefore()) {
                if (calendar.workingDaysBefore(round.deadline(), days).equals(today)) {
                    model.put("daysLeft", days);
                    send("deadline-reminder", round, unitId, "nhac-" + days, UnitGroups.officers(unitId), model);
                }
            }
            return;
        }
        if (invited) {
            return;
        }
        int late = workingDaysBetween(round.deadline(), today);
        if ((late - 1) % Math.max(1, schedule.escalateEveryWorkingDays()) == 0) {
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

    /** 1 on the first working day after the deadline day, 2 on the next, ... */
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

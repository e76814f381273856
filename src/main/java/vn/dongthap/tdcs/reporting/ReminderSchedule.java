package vn.dongthap.tdcs.reporting;

import org.springframework.stereotype.Component;

/** The unit-report timer's cron, read by the BPMN as ${reminderSchedule.dailyCheck} (public for the EL). */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final ReminderProperties properties;

    ReminderSchedule(ReminderProperties properties) {
        this.properties = properties;
    }

    public String getDailyCheck() {
        return properties.dailyCheck();
    }
}

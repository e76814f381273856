package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param daysBefore            reminders to the unit's officers, in working days before the deadline
 * @param escalateEveryWorkingDays from the deadline day on, escalation to the unit's leaders and the
 *                              consolidators every this many working days until the unit submits
 * @param dailyCheck            when the unit-report timer looks at the calendar (Quartz cron, server time)
 */
@ConfigurationProperties("app.reminders")
public record ReminderProperties(List<Integer> daysBefore, int escalateEveryWorkingDays, String dailyCheck) {
}

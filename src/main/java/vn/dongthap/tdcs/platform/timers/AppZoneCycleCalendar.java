package vn.dongthap.tdcs.platform.timers;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.springframework.scheduling.support.CronExpression;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The engine's cycle calendar, with crons read in the application's zone ({@code app.time-zone}) instead of the
 * JVM's default: "0 0 8 * * ?" is 08:00 in Đồng Tháp whatever zone the server runs in. The engine parses crons
 * in Spring 5.3 syntax (cron-utils' SPRING53), so Spring's own CronExpression gives the same occurrences.
 * ISO repeating intervals ("R3/PT10M") count from their own start and stay with the engine.
 */
class AppZoneCycleCalendar extends CycleBusinessCalendar {

    private final AppClock clock;
    /** Parsed once: every unit report of a round resolves the same few crons (its daily check) when it opens. */
    private final Map<String, CronExpression> parsed = new ConcurrentHashMap<>();

    AppZoneCycleCalendar(AppClock clock) {
        this.clock = clock;
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
        if (duedateDescription.startsWith("R")) {
            return super.resolveDuedate(duedateDescription, startDate, repeatOffset);
        }
        CronExpression cron = parsed.computeIfAbsent(duedateDescription, AppZoneCycleCalendar::parse);
        ZonedDateTime from = clock.here(startDate == null ? clock.now() : startDate.toInstant());
        ZonedDateTime next = cron.next(from);
        return next == null ? null : Date.from(next.toInstant());
    }

    private static CronExpression parse(String description) {
        try {
            return CronExpression.parse(description);
        } catch (IllegalArgumentException invalid) {
            throw new ProcessEngineException("Lịch hẹn giờ \"" + description
                    + "\" không phải biểu thức cron hợp lệ: " + invalid.getMessage(), invalid);
        }
    }
}

package vn.dongthap.tdcs.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's only source of "now" and of its time zone ({@code app.time-zone}). Now is the
 * engine's clock, so timers, due dates and the application's own records agree, and a test that moves
 * the engine clock moves everything. Nothing else in the application reads the wall clock or names a zone
 * ({@code ArchitectureTest} checks it); elapsed-time measurement ({@code System.nanoTime}, caches' tickers)
 * is not "now" and stays where it is.
 */
@Component
public class AppClock {

    private final ZoneId zone;

    public AppClock(@Value("${app.time-zone}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public ZonedDateTime nowHere() {
        return now().atZone(zone);
    }

    public LocalDate today() {
        return dateOf(now());
    }

    /** The calendar day an instant falls on in the application's zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }

    public ZonedDateTime here(Instant instant) {
        return instant.atZone(zone);
    }

    /** A {@link Clock} view of the same time, for code written against java.time. */
    public Clock asClock() {
        return new EngineClock(zone);
    }

    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}

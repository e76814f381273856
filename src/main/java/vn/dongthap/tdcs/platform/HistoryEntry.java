package vn.dongthap.tdcs.platform;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * One line of a history page (/lich-su.html): when (dd/MM/yyyy HH:mm in the application's zone), who (a person's
 * or unit's name, never an account id), what happened and its details (a reason, a version's figures).
 */
public record HistoryEntry(@JsonIgnore Instant instant, String at, String who, String what, String detail) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Oldest first; entries at the same minute keep the order they were added in (sort is stable). */
    public static final Comparator<HistoryEntry> CHRONOLOGICAL = Comparator.comparing(HistoryEntry::instant);

    public static HistoryEntry of(AppClock clock, Instant at, String who, String what, String detail) {
        return new HistoryEntry(at, TIME.format(clock.here(at)), who, what, detail);
    }

    /** dd/MM/yyyy HH:mm in the application's zone; "" for null. */
    public static String time(AppClock clock, Instant at) {
        return at == null ? "" : TIME.format(clock.here(at));
    }
}

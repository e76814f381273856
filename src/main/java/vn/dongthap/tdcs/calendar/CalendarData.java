package vn.dongthap.tdcs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The validated calendar: immutable, every date checked against its year and against the other list. */
record CalendarData(Set<DayOfWeek> weeklyDaysOff, Map<LocalDate, String> daysOff,
                    Map<LocalDate, String> workingDays, Set<Integer> years) {

    CalendarData {
        weeklyDaysOff = Set.copyOf(weeklyDaysOff);
        daysOff = Map.copyOf(daysOff);
        workingDays = Map.copyOf(workingDays);
        years = Set.copyOf(years);
    }
}

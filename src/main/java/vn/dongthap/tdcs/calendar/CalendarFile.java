package vn.dongthap.tdcs.calendar;

import java.util.List;
import java.util.Map;

/**
 * The working calendar data file (lich-lam-viec.yaml) as written by the administrator. Dates and
 * weekdays stay strings here so the validator can name the exact entry when one is malformed.
 */
record CalendarFile(List<String> weeklyDaysOff, Map<String, Year> years) {

    record Year(List<Day> daysOff, List<Day> workingDays) {
    }

    record Day(String date, String name) {
    }
}

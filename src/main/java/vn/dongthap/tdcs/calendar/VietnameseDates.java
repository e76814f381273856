package vn.dongthap.tdcs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as officers write them (dd/MM/yyyy, "thứ Hai" ... "Chủ nhật"), independent of the JVM locale. */
final class VietnameseDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String[] WEEKDAYS = {
        "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"
    };

    private VietnameseDates() {
    }

    static String format(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    static String weekday(LocalDate date) {
        return weekday(date.getDayOfWeek());
    }

    static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }
}

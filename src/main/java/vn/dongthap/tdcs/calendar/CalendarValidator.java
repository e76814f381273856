package vn.dongthap.tdcs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the calendar file and collects every problem before refusing, so one run shows them all. */
final class CalendarValidator {

    private static final Pattern YEAR_KEY = Pattern.compile("\\d{4}");
    // STRICT with 'uuuu' rejects 2026-02-30 instead of quietly turning it into 28/02.
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    private final Map<LocalDate, String> daysOff = new HashMap<>();
    private final Map<LocalDate, String> workingDays = new HashMap<>();
    // Where each date was first listed, to point at both entries when it appears twice.
    private final Map<LocalDate, Listing> listedAt = new HashMap<>();

    private CalendarValidator(String fileName) {
        this.fileName = fileName;
    }

    static CalendarData validate(CalendarFile file, String fileName) {
        return new CalendarValidator(fileName).run(file);
    }

    private CalendarData run(CalendarFile file) {
        Set<DayOfWeek> weekly = checkWeeklyDaysOff(file.weeklyDaysOff());
        Set<Integer> years = new HashSet<>();
        if (file.years() == null || file.years().isEmpty()) {
            problem("phần years", "thiếu dữ liệu năm (ví dụ years: 2026: daysOff: ...)");
        } else {
            file.years().forEach((key, year) -> checkYear(key, year, weekly, years));
        }
        if (!problems.isEmpty()) {
            throw new CalendarDataException(problems);
        }
        return new CalendarData(weekly, daysOff, workingDays, years);
    }

    private Set<DayOfWeek> checkWeeklyDaysOff(List<String> values) {
        Set<DayOfWeek> weekly = EnumSet.noneOf(DayOfWeek.class);
        if (values == null || values.isEmpty()) {
            problem("phần weeklyDaysOff", "thiếu danh sách ngày nghỉ hằng tuần (ví dụ [SATURDAY, SUNDAY])");
            return weekly;
        }
        for (String value : values) {
            DayOfWeek day = parseDayOfWeek(value);
            if (day == null) {
                problem("phần weeklyDaysOff", "\"" + value + "\" không phải tên ngày trong tuần"
                        + " (dùng MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)");
            } else if (!weekly.add(day)) {
                problem("phần weeklyDaysOff", "\"" + value + "\" bị lặp lại");
            }
        }
        // Deadline arithmetic walks day by day to the next working day; a week without one would never end.
        if (weekly.size() == DayOfWeek.values().length) {
            problem("phần weeklyDaysOff", "không thể nghỉ cả 7 ngày trong tuần");
        }
        return weekly;
    }

    private static DayOfWeek parseDayOfWeek(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void checkYear(String key, CalendarFile.Year year, Set<DayOfWeek> weekly, Set<Integer> years) {
        if (key == null || !YEAR_KEY.matcher(key).matches()) {
            problem("năm \"" + key + "\"", "khóa năm phải gồm đúng 4 chữ số (ví dụ 2026)");
            return;
        }
        int yearNumber = Integer.parseInt(key);
        years.add(yearNumber);
        String section = "năm " + key;
        if (year == null || year.daysOff() == null || year.daysOff().isEmpty()) {
            problem(section, "thiếu danh sách ngày nghỉ lễ (daysOff); mỗi năm có ít nhất Tết Dương lịch");
        }
        if (year == null) {
            return;
        }
        List<CalendarFile.Day> offs = year.daysOff() == null ? List.of() : year.daysOff();
        for (int i = 0; i < offs.size(); i++) {
            String entry = section + ", daysOff mục " + (i + 1);
            LocalDate date = checkDay(entry, offs.get(i), yearNumber);
            if (date != null && remember(entry, date, true)) {
                daysOff.put(date, offs.get(i).name().strip());
            }
        }
        List<CalendarFile.Day> works = year.workingDays() == null ? List.of() : year.workingDays();
        for (int i = 0; i < works.size(); i++) {
            String entry = section + ", workingDays mục " + (i + 1);
            LocalDate date = checkDay(entry, works.get(i), yearNumber);
            if (date == null || !remember(entry, date, false)) {
                continue;
            }
            if (weekly.contains(date.getDayOfWeek())) {
                workingDays.put(date, works.get(i).name().strip());
            } else {
                problem(entry, "ngày " + VietnameseDates.format(date) + " là " + VietnameseDates.weekday(date)
                        + ", vốn đã là ngày làm việc; workingDays chỉ dành cho ngày nghỉ hằng tuần được đổi"
                        + " thành ngày làm việc (làm bù)");
            }
        }
    }

    /** Returns the date when the entry is complete and belongs to its year, otherwise records why not. */
    private LocalDate checkDay(String entry, CalendarFile.Day day, int year) {
        if (day == null) {
            problem(entry, "mục rỗng (cần date và name)");
            return null;
        }
        boolean named = day.name() != null && !day.name().isBlank();
        if (!named) {
            problem(entry, "thiếu tên ngày (trường \"name\")");
        }
        if (day.date() == null || day.date().isBlank()) {
            problem(entry, "thiếu ngày (trường \"date\", dạng yyyy-MM-dd)");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.date().strip(), ISO_DATE);
        } catch (DateTimeParseException e) {
            problem(entry, "ngày \"" + day.date() + "\" không hợp lệ (cần dạng yyyy-MM-dd, ví dụ " + year + "-01-01)");
            return null;
        }
        if (date.getYear() != year) {
            problem(entry, "ngày " + VietnameseDates.format(date) + " không thuộc năm " + year
                    + " (chuyển mục này sang phần năm " + date.getYear() + ")");
            return null;
        }
        return named ? date : null;
    }

    /** Records where a date is listed; false (with a problem) when it was already listed in either list. */
    private boolean remember(String entry, LocalDate date, boolean dayOff) {
        Listing first = listedAt.putIfAbsent(date, new Listing(entry, dayOff));
        if (first == null) {
            return true;
        }
        problem(entry, "ngày " + VietnameseDates.format(date) + " đã được liệt kê ở " + first.entry() + (first.dayOff() == dayOff
                ? "; mỗi ngày chỉ ghi một lần"
                : "; một ngày không thể vừa là ngày nghỉ vừa là ngày làm việc bù"));
        return false;
    }

    private record Listing(String entry, boolean dayOff) {
    }

    private void problem(String entry, String what) {
        problems.add("Tệp " + fileName + ", " + entry + ": " + what + ".");
    }
}

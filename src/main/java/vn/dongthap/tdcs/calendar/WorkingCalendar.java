package vn.dongthap.tdcs.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Working days for deadline arithmetic, from the administrator's calendar file (app.calendar.file).
 * A year without a section in the file counts only the weekly days off; callers check
 * {@link #hasDataFor(int)} to warn that the result may ignore holidays.
 */
@Component
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final CalendarData data;
    private final List<Integer> required;

    /** Loads and validates the file at startup so a malformed calendar stops the application early. */
    @Autowired
    public WorkingCalendar(CalendarProperties properties, AppClock clock) {
        this(load(properties.file()), requiredYears(properties, clock.today().getYear()));
        String name = CalendarFileReader.describe(properties.file());
        log.info("Lịch làm việc: đã nạp {} với dữ liệu các năm {}", name, data.years().stream().sorted().toList());
        missingYearsWarning().ifPresent(warning -> log.warn("{} (tệp {})", warning, name));
    }

    private WorkingCalendar(CalendarData data, List<Integer> required) {
        this.data = data;
        this.required = required;
    }

    /** This year and the configured range (app.calendar.required-years), ascending. */
    private static List<Integer> requiredYears(CalendarProperties properties, int thisYear) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        years.add(thisYear);
        int[] range = properties.requiredRange();
        for (int year = range.length == 0 ? 1 : range[0]; range.length > 0 && year <= range[1]; year++) {
            years.add(year);
        }
        return List.copyOf(years);
    }

    /** Required years (this one and app.calendar.required-years) the file has no section for. */
    public List<Integer> missingYears() {
        return required.stream().filter(year -> !hasDataFor(year)).toList();
    }

    /**
     * What the administrator reads at startup and on the dashboard when required years are missing: deadlines of those
     * years count only the weekly days off.
     */
    public Optional<String> missingYearsWarning() {
        List<Integer> missing = missingYears();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String years = String.join(", ", missing.stream().map(String::valueOf).toList());
        return Optional.of("Lịch làm việc chưa có ngày nghỉ lễ, ngày làm bù của năm " + years
                + ": hạn nộp trong các năm này chỉ tính theo ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật)."
                + " Quản trị viên cần bổ sung vào tệp lịch làm việc khi Nhà nước công bố lịch nghỉ.");
    }

    /** Reads and validates a calendar file; throws {@link CalendarDataException} naming every problem. */
    public static WorkingCalendar from(Resource file) {
        return new WorkingCalendar(load(file), List.of());
    }

    private static CalendarData load(Resource file) {
        return CalendarValidator.validate(CalendarFileReader.read(file), CalendarFileReader.describe(file));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (data.workingDays().containsKey(day)) {
            return true;
        }
        return !data.weeklyDaysOff().contains(day.getDayOfWeek()) && !data.daysOff().containsKey(day);
    }

    /** Why a day is not a working day ("Tết Nguyên đán", "Chủ nhật"); empty for a working day. */
    public Optional<String> dayOffName(LocalDate day) {
        if (isWorkingDay(day)) {
            return Optional.empty();
        }
        String listed = data.daysOff().get(day);
        if (listed != null) {
            return Optional.of(listed);
        }
        String weekday = VietnameseDates.weekday(day);
        return Optional.of(Character.toUpperCase(weekday.charAt(0)) + weekday.substring(1));
    }

    /** Bộ luật Dân sự 2015, Art. 148: a period whose last day is a day off ends at the end of the next working day. */
    public LocalDate rollForward(LocalDate lastDay) {
        LocalDate day = lastDay;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The effective last day for "trước ngày dd/MM" in {@code year}: the day before, rolled forward.
     * "Trước ngày 29/02" in a common year means up to 28/02.
     */
    public LocalDate deadlineBefore(int year, MonthDay dueBefore) {
        LocalDate due = dueBefore.isValidYear(year) ? dueBefore.atYear(year) : LocalDate.of(year, 3, 1);
        return rollForward(due.minusDays(1));
    }

    /** The working day {@code n} working days before {@code deadline} (the deadline itself when n is 0). */
    public LocalDate workingDaysBefore(LocalDate deadline, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return addWorkingDays(deadline, -n);
    }

    /**
     * Counts {@code n} working days after {@code day} (before it when n is negative), not counting
     * {@code day} itself; n = 0 returns {@code day} unchanged even when it is a day off.
     */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate current = day;
        for (int remaining = Math.abs(n); remaining > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /**
     * The effective last day as officers write it, and why it moved: "Thứ Hai 05/10/2026 vì 04/10 là Chủ nhật"
     * ({@code lastDay} is the period's own last day, {@code effective} the day {@link #rollForward} gave).
     */
    public String lastDayText(LocalDate lastDay, LocalDate effective) {
        String text = capitalized(VietnameseDates.weekday(effective)) + " " + VietnameseDates.format(effective);
        if (!effective.equals(lastDay)) {
            String reason = dayOffName(lastDay).orElse("ngày nghỉ");
            text += " vì " + String.format("%02d/%02d", lastDay.getDayOfMonth(), lastDay.getMonthValue()) + " là "
                    + (data.daysOff().containsKey(lastDay) ? "ngày nghỉ " + reason : reason);
        }
        return text;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Whether the file has a section for {@code year}; without one only weekly days off are known. */
    public boolean hasDataFor(int year) {
        return data.years().contains(year);
    }
}

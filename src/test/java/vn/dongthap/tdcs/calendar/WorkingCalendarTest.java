package vn.dongthap.tdcs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** Deadline arithmetic against the bundled calendar file and small test calendars. */
class WorkingCalendarTest {

    private static final WorkingCalendar BUNDLED = WorkingCalendar.from(new ClassPathResource("data/lich-lam-viec.yaml"));
    private static final MonthDay BEFORE_5_OCTOBER = MonthDay.of(10, 5);

    @TempDir
    Path dir;

    @Test
    void annualReportDueBefore5October2026EndsOnMonday5October() {
        LocalDate deadline = BUNDLED.deadlineBefore(2026, BEFORE_5_OCTOBER);

        assertThat(deadline).isEqualTo(LocalDate.of(2026, 10, 5)).isNotEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(deadline.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(BUNDLED.dayOffName(LocalDate.of(2026, 10, 4))).contains("Chủ nhật");
    }

    @Test
    void swappedDaysOf2026FollowTheCalendarForPublicServants() {
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 1, 10))).as("thứ Bảy 10/01 làm bù").isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 1, 2))).as("thứ Sáu 02/01 nghỉ").isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 4, 27))).as("thứ Hai 27/04 nghỉ bù Giỗ Tổ").isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 8, 31))).as("thứ Hai 31/08 nghỉ").isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 8, 22))).as("thứ Bảy 22/08 làm bù").isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 8, 29))).as("thứ Bảy 29/08 nghỉ").isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(BUNDLED.dayOffName(LocalDate.of(2026, 1, 10))).isEmpty();
        assertThat(BUNDLED.dayOffName(LocalDate.of(2026, 4, 27))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
    }

    @Test
    void holidaysOf2026AreDaysOff() {
        for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
            assertThat(BUNDLED.isWorkingDay(day)).as(day.toString()).isFalse();
            assertThat(BUNDLED.dayOffName(day)).contains("Tết Nguyên đán");
        }
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @ParameterizedTest(name = "{1} ngày làm việc trước 05/10/2026 là {2}")
    @CsvSource({
        "2026-10-05, 0, 2026-10-05",
        "2026-10-05, 1, 2026-10-02",
        "2026-10-05, 3, 2026-09-30",
        "2026-10-05, 7, 2026-09-24",
        "2026-10-05, 14, 2026-09-15",
    })
    void remindersBeforeTheAnnualDeadline(LocalDate deadline, int n, LocalDate expected) {
        assertThat(BUNDLED.workingDaysBefore(deadline, n)).isEqualTo(expected);
    }

    @Test
    void workingDaysSkipHolidaysAndCountSwappedSaturdays() {
        // Back from Thu 03/09: 02/09 .. 29/08 are off, then Fri 28/08 is the first working day.
        assertThat(BUNDLED.workingDaysBefore(LocalDate.of(2026, 9, 3), 1)).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(BUNDLED.workingDaysBefore(LocalDate.of(2026, 9, 3), 6)).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 1, 10), -1)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(BUNDLED.rollForward(LocalDate.of(2026, 4, 25))).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(BUNDLED.rollForward(LocalDate.of(2026, 4, 29))).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThatThrownBy(() -> BUNDLED.workingDaysBefore(LocalDate.of(2026, 10, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearsWithoutDataCountOnlyWeekends() {
        assertThat(BUNDLED.hasDataFor(2026)).isTrue();
        assertThat(BUNDLED.hasDataFor(2025)).isFalse();
        assertThat(BUNDLED.hasDataFor(2027)).isFalse();
        // 01/01/2027 is a Friday; with no 2027 data it counts as a working day rather than failing.
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(BUNDLED.deadlineBefore(2027, BEFORE_5_OCTOBER)).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void lastDayOnAWeekdayHolidayRollsToTheNextDay() throws IOException {
        WorkingCalendar calendar = calendar("""
                weeklyDaysOff: [SATURDAY, SUNDAY]
                years:
                  2027:
                    daysOff:
                      - date: 2027-10-04
                        name: Ngày nghỉ thử nghiệm
                """);

        assertThat(calendar.deadlineBefore(2027, BEFORE_5_OCTOBER)).isEqualTo(LocalDate.of(2027, 10, 5));
    }

    @Test
    void holidayBeforeAWeekendRollsOverSeveralDays() throws IOException {
        WorkingCalendar calendar = calendar("""
                weeklyDaysOff: [SATURDAY, SUNDAY]
                years:
                  2024:
                    daysOff:
                      - date: 2024-10-04
                        name: Ngày nghỉ thử nghiệm
                      - date: 2024-10-07
                        name: Nghỉ bù ngày thử nghiệm
                """);

        // Fri 04/10 holiday, 05-06/10 weekend, Mon 07/10 holiday: the period ends on Tue 08/10.
        assertThat(calendar.deadlineBefore(2024, BEFORE_5_OCTOBER)).isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void swappedSaturdayEndsTheRollForward() throws IOException {
        WorkingCalendar calendar = calendar("""
                weeklyDaysOff: [SATURDAY, SUNDAY]
                years:
                  2024:
                    daysOff:
                      - date: 2024-10-04
                        name: Ngày nghỉ thử nghiệm
                    workingDays:
                      - date: 2024-10-05
                        name: Làm bù cho ngày 04/10/2024
                """);

        assertThat(calendar.deadlineBefore(2024, BEFORE_5_OCTOBER)).isEqualTo(LocalDate.of(2024, 10, 5));
    }

    @Test
    void dueBefore29FebruaryInACommonYearMeansUpTo28February() throws IOException {
        WorkingCalendar calendar = calendar("""
                weeklyDaysOff: [SUNDAY]
                years:
                  2027:
                    daysOff:
                      - date: 2027-01-01
                        name: Tết Dương lịch
                """);

        // 28/02/2027 is a Sunday, so it rolls to Monday 01/03/2027.
        assertThat(calendar.deadlineBefore(2027, MonthDay.of(2, 29))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(calendar.deadlineBefore(2028, MonthDay.of(2, 29))).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("thứ Bảy làm việc khi chỉ nghỉ Chủ nhật").isTrue();
    }

    private WorkingCalendar calendar(String yaml) throws IOException {
        Path file = dir.resolve("lich-thu.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return WorkingCalendar.from(new FileSystemResource(file));
    }

    @Test
    void theLastDaySaysWhyItMoved() {
        // "trước ngày 05/10/2026": the plan's last day is Sunday 04/10, so the period ends on Monday 05/10
        assertThat(BUNDLED.lastDayText(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5)))
                .isEqualTo("Thứ Hai 05/10/2026 vì 04/10 là Chủ nhật");
        assertThat(BUNDLED.lastDayText(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3)))
                .isEqualTo("Thứ Năm 03/09/2026 vì 01/09 là ngày nghỉ Quốc khánh");
        assertThat(BUNDLED.lastDayText(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2)))
                .isEqualTo("Thứ Sáu 02/10/2026");
    }
}

package vn.dongthap.tdcs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import vn.dongthap.tdcs.platform.AppClock;

/** app.calendar.file needs no entry in application.yaml: the bundled file is the default. */
class CalendarPropertiesTest {

    @Test
    void defaultsToTheBundledFile() {
        CalendarProperties properties = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("app.calendar", CalendarProperties.class);

        assertThat(properties.file()).isInstanceOf(ClassPathResource.class);
        assertThat(((ClassPathResource) properties.file()).getPath()).isEqualTo("data/lich-lam-viec.yaml");
        assertThat(new WorkingCalendar(properties, new AppClock(ZoneId.of("Asia/Ho_Chi_Minh"))).hasDataFor(2026)).isTrue();
    }

    @Test
    void aRequiredYearWithoutDaysOffIsWarnedAbout() {
        CalendarProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("app.calendar.required-years", "2026-2030")))
                .bindOrCreate("app.calendar", CalendarProperties.class);
        WorkingCalendar calendar = new WorkingCalendar(properties, new AppClock(ZoneId.of("Asia/Ho_Chi_Minh")));

        assertThat(calendar.missingYears()).containsExactly(2027, 2028, 2029, 2030);
        assertThat(calendar.missingYearsWarning()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("Lịch làm việc chưa có ngày nghỉ lễ, ngày làm bù của năm 2027, 2028, 2029, 2030:"));
        // the bundled 2026 alone: nothing to warn about
        CalendarProperties only2026 = new Binder(new MapConfigurationPropertySource(
                Map.of("app.calendar.required-years", "2026")))
                .bindOrCreate("app.calendar", CalendarProperties.class);
        WorkingCalendar covered = new WorkingCalendar(only2026, new AppClock(ZoneId.of("Asia/Ho_Chi_Minh")) {
            @Override
            public java.time.LocalDate today() {
                return java.time.LocalDate.of(2026, 9, 1);
            }
        });
        assertThat(covered.missingYearsWarning()).isEmpty();
    }

    @Test
    void bindsAFileLocation() {
        CalendarProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("app.calendar.file", "file:/etc/ke-hoach/lich-lam-viec.yaml")))
                .bindOrCreate("app.calendar", CalendarProperties.class);

        assertThat(properties.file().getDescription()).contains("file:/etc/ke-hoach/lich-lam-viec.yaml");
        assertThat(properties.file().getFilename()).isEqualTo("lich-lam-viec.yaml");
    }
}

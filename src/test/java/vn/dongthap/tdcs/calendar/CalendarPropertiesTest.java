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
    void bindsAFileLocation() {
        CalendarProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("app.calendar.file", "file:/etc/ke-hoach/lich-lam-viec.yaml")))
                .bindOrCreate("app.calendar", CalendarProperties.class);

        assertThat(properties.file().getDescription()).contains("file:/etc/ke-hoach/lich-lam-viec.yaml");
        assertThat(properties.file().getFilename()).isEqualTo("lich-lam-viec.yaml");
    }
}

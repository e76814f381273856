package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** "Now" is the engine clock, in the zone of app.time-zone; nothing else in the code names the zone. */
class AppClockTest {

    /** 17:30 UTC on 30/9 is already 1/10 in Đồng Tháp (UTC+7). */
    private static final Instant EVENING_UTC = Instant.parse("2026-09-30T17:30:00Z");

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void followsTheEngineClockInTheConfiguredZone() {
        ClockUtil.setCurrentTime(Date.from(EVENING_UTC));

        AppClock vietnam = new AppClock(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(vietnam.now()).isEqualTo(EVENING_UTC);
        assertThat(vietnam.today()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(vietnam.nowHere().getHour()).isEqualTo(0);
        assertThat(vietnam.asClock().instant()).isEqualTo(EVENING_UTC);

        assertThat(new AppClock(ZoneId.of("UTC")).today()).isEqualTo(LocalDate.of(2026, 9, 30));

        ClockUtil.setCurrentTime(Date.from(EVENING_UTC.plusSeconds(86_400)));
        assertThat(vietnam.today()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(vietnam.asClock().instant()).isEqualTo(EVENING_UTC.plusSeconds(86_400));
    }

    @Test
    void takesItsZoneFromTheProperty() {
        new ApplicationContextRunner().withBean(AppClock.class).withPropertyValues("app.time-zone=Europe/Paris")
                .run(context -> assertThat(context.getBean(AppClock.class).zone()).isEqualTo(ZoneId.of("Europe/Paris")));
    }

    @Test
    void theBundledConfigurationNamesTheZoneOnce() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yaml"));
        PropertySource<?> shared = yaml.get(0);
        assertThat(shared.getProperty("app.time-zone")).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(shared.getProperty("spring.jackson.time-zone")).isEqualTo("${app.time-zone}");
        assertThat(shared.getProperty("app.reporting.time-zone")).isNull();
    }

    /** ArchitectureTest forbids clock and zone calls outside AppClock; this catches the zone as text. */
    @Test
    void noZoneLiteralInTheCode() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("Asia/Ho_Chi_Minh");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}

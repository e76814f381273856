package vn.dongthap.tdcs.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class ProcessLogFieldsTest {

    private final JsonWriter<ch.qos.logback.classic.spi.ILoggingEvent> writer = JsonWriter.of(members -> {
        members.add("message", ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage);
        new ProcessLogFields().customize(members);
    });

    @Test
    void aUnitReportsLineNamesTheRoundAndTheUnit() {
        assertThat(write(Map.of("businessKey", "BC-NAM-2026/xa-tan-hong", "processInstanceId", "42")))
                .isEqualTo("{\"message\":\"đã nộp\",\"roundKey\":\"BC-NAM-2026\",\"unitId\":\"xa-tan-hong\"}");
    }

    @Test
    void aRoundsLineNamesTheRoundOnlyAndOtherLinesNeither() {
        assertThat(write(Map.of("businessKey", "BC-DX-2026-001"))).isEqualTo("{\"message\":\"đã nộp\",\"roundKey\":\"BC-DX-2026-001\"}");
        assertThat(write(Map.of("businessKey", "DX-2026-0007"))).isEqualTo("{\"message\":\"đã nộp\"}");
        assertThat(write(Map.of())).isEqualTo("{\"message\":\"đã nộp\"}");
    }

    private String write(Map<String, String> mdc) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerContext(new LoggerContext());
        event.setLevel(Level.INFO);
        event.setMessage("đã nộp");
        event.setMDCPropertyMap(mdc);
        return writer.writeToString(event);
    }
}

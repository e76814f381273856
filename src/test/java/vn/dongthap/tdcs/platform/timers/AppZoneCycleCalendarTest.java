package vn.dongthap.tdcs.platform.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongthap.tdcs.platform.AppClock;

class AppZoneCycleCalendarTest {

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void aCronRunsInTheApplicationsZoneNotTheServers() {
        Date from = Date.from(Instant.parse("2026-09-30T00:00:00Z")); // 07:00 in Đồng Tháp, 20:00 the day before in New York
        assertThat(calendar("Asia/Ho_Chi_Minh").resolveDuedate("0 0 8 * * ?", from))
                .isEqualTo(Date.from(Instant.parse("2026-09-30T01:00:00Z")));
        assertThat(calendar("America/New_York").resolveDuedate("0 0 8 * * ?", from))
                .isEqualTo(Date.from(Instant.parse("2026-09-30T12:00:00Z")));
    }

    @Test
    void withoutAStartItCountsFromTheEngineClock() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-31T02:00:00Z"))); // 09:00 on 31/8 here
        assertThat(calendar("Asia/Ho_Chi_Minh").resolveDuedate("0 0 8 1 9 ?"))
                .isEqualTo(Date.from(Instant.parse("2026-09-01T01:00:00Z")));
    }

    @Test
    void isoRepeatingIntervalsStayWithTheEngine() {
        Date from = Date.from(Instant.parse("2026-09-30T00:00:00Z"));
        assertThat(calendar("Asia/Ho_Chi_Minh").resolveDuedate("R5/PT5M", from))
                .isEqualTo(new CycleBusinessCalendar().resolveDuedate("R5/PT5M", from));
    }

    @Test
    void anInvalidCronIsAnEngineError() {
        assertThatThrownBy(() -> calendar("Asia/Ho_Chi_Minh").resolveDuedate("0 8 * * ?", new Date()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("không phải biểu thức cron hợp lệ");
    }

    private static AppZoneCycleCalendar calendar(String zone) {
        return new AppZoneCycleCalendar(new AppClock(ZoneId.of(zone)));
    }
}

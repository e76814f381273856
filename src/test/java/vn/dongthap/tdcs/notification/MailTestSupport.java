package vn.dongthap.tdcs.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the mail tests share: no polling threads in tests, so they run deliveries themselves. */
final class MailTestSupport {

    /** Later than any retry delay: "deliver everything waiting, retries included" (no waiting 5 minutes). */
    static final Instant LATER = Instant.parse("2999-01-01T00:00:00Z");

    private MailTestSupport() {
    }

    /** Mails queued by other test classes are not this test's mails. */
    static void dropPendingDeliveries(JdbcClient jdbc) {
        jdbc.sql("update kehoach.notification_outbox set status = 'BO_QUA' where status in ('CHO_GUI', 'HET_LUOT')").update();
    }

    /** Delivers every waiting mail, including those whose next attempt is scheduled for later. */
    static void deliverAll(OutboxDelivery delivery) {
        delivery.deliverDue(LATER);
    }

    /** An empty request body with the header the API asks of requests that change data. */
    static org.springframework.http.HttpEntity<Void> ajax() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        return new org.springframework.http.HttpEntity<>(headers);
    }

    /** Sets the engine clock to the given hour in Vietnam. */
    static void clock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0,
                ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }
}

package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.platform.AppClock;

/** Batch delivery from the outbox: each mail once, also with duplicated deliverers and an SMTP outage. */
@PostgresIntegrationTest
class OutboxDeliveryIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeliveryProperties settings;
    @Autowired
    NotificationProperties notification;
    @Autowired
    MailAttachments attachments;
    @Autowired
    AppClock clock;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestRestTemplate http;
    @Autowired
    vn.dongthap.tdcs.platform.cluster.ClusterNode node;

    @BeforeEach
    void onlyThisTestsMails() {
        MailTestSupport.dropPendingDeliveries(jdbc);
    }

    @Test
    void duplicatedAndRetriedDeliveriesSendEachMailOnce() throws Exception {
        List<Long> ids = queue("trung-lap", 250);
        // four deliverers at once (threads or nodes), each running twice, plus a former per-mail delivery of each
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(() -> delivery.deliverDue(Instant.now()));
        }
        runs.add(() -> {
            ids.forEach(delivery::deliverOne);
            return 0;
        });
        int sent = 0;
        for (Future<Integer> run : threads.invokeAll(runs)) {
            sent += run.get();
        }
        threads.shutdown();
        MailTestSupport.deliverAll(delivery); // a retried delivery finds nothing

        Map<String, Long> byKey = received("trung-lap");
        assertThat(byKey).hasSize(250);
        assertThat(byKey.values()).as("mails received per key").containsOnly(1L);
        assertThat(sent).isLessThanOrEqualTo(250);
        assertThat(statusCounts("trung-lap")).isEqualTo(Map.of("DA_GUI", 250L));
    }

    @Test
    void anSmtpOutageKeepsMailsWaitingAndRecoveryDeliversEachOnce() throws Exception {
        queue("mat-ket-noi", 40);
        smtp.stop();
        Instant at = Instant.now();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            assertThat(delivery.deliverDue(at)).isZero();
            assertThat(delivery.deliverDue(at)).as("nothing is due again before the retry delay").isZero();
            at = at.plus(settings.retryDelay()).plus(Duration.ofSeconds(1));
        }
        // every attempt used: the mails wait for an operator, visible in the outbox with the error
        assertThat(statusCounts("mat-ket-noi")).isEqualTo(Map.of("HET_LUOT", 40L));
        assertThat(jdbc.sql("select count(*) from kehoach.notification_outbox where idempotency_key like 'mat-ket-noi:%'"
                + " and last_error like 'Lần gửi thứ 5 không thành:%'").query(Long.class).single()).isEqualTo(40);

        smtp.start();
        assertThat(delivery.deliverDue(at)).as("exhausted mails wait for the operator").isZero();
        assertThat(outbox.resendExhausted(Instant.now())).isGreaterThanOrEqualTo(40);
        assertThat(delivery.deliverDue(Instant.now())).isEqualTo(40);
        MailTestSupport.deliverAll(delivery);

        Map<String, Long> byKey = received("mat-ket-noi");
        assertThat(byKey).hasSize(40);
        assertThat(byKey.values()).containsOnly(1L);
        assertThat(statusCounts("mat-ket-noi")).isEqualTo(Map.of("DA_GUI", 40L));
    }

    @Test
    void aMailThatCannotBeSentDoesNotHoldBackTheOthersOfItsBatch() throws Exception {
        queue("mot-thu-loi", 5);
        jdbc.sql("update kehoach.notification_outbox set recipient = 'hai @@ dau' where idempotency_key = ?")
                .param("mot-thu-loi:" + runId + ":task-new:3").update();
        delivery.deliverDue(Instant.now());
        assertThat(received("mot-thu-loi")).hasSize(4);
        assertThat(statusCounts("mot-thu-loi")).isEqualTo(Map.of("DA_GUI", 4L, "LOI", 1L));
    }

    @Test
    void mailsSkippedWithoutAMailServerAreResentOneOrByKindAndArriveOnce() throws Exception {
        // kinds of this run only: the shared test database holds other tests' skipped mails
        String reminderKind = "nhac-" + runId;
        List<Long> reminders = queue("bo-qua", 3, reminderKind);
        List<Long> notices = queue("bo-qua", 2, "moi-" + runId);
        // the embedded default: no spring.mail.host, so Spring Boot makes no sender and the mails are skipped
        OutboxDelivery withoutServer = new OutboxDelivery(jdbc, jdbcTemplate, dataSource,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), notification, settings, attachments,
                clock, node);
        withoutServer.deliverDue(Instant.now());
        assertThat(statusCounts("bo-qua")).isEqualTo(Map.of("BO_QUA", 5L));
        assertThat(received("bo-qua")).isEmpty();

        // one mail, then all of a kind, then again: each mail queued and sent once
        assertThat(resend("id=" + notices.get(0)).getBody()).contains("\"resent\":1");
        assertThat(resend("kind=" + reminderKind).getBody()).contains("\"resent\":3");
        assertThat(resend("kind=" + reminderKind).getBody()).as("already waiting").contains("\"resent\":0");
        MailTestSupport.deliverAll(delivery);
        assertThat(resend("kind=" + reminderKind).getBody()).as("already sent").contains("\"resent\":0");
        ResponseEntity<String> sentOne = resend("id=" + reminders.get(0));
        assertThat(sentOne.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(sentOne.getBody()).contains("Thư này đã gửi hoặc đang chờ gửi");
        assertThat(resend("status=DA_GUI").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        MailTestSupport.deliverAll(delivery);

        assertThat(received("bo-qua")).hasSize(4).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
        assertThat(statusCounts("bo-qua")).isEqualTo(Map.of("DA_GUI", 4L, "BO_QUA", 1L));
        assertThat(http.withBasicAuth("quanly", "Test-752").postForEntity("/api/notifications/resend?kind=" + reminderKind,
                MailTestSupport.ajax(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> resend(String query) {
        return http.withBasicAuth("admin", "Test-Admin-752").postForEntity("/api/notifications/resend?" + query,
                MailTestSupport.ajax(), String.class);
    }

    private final String runId = Long.toString(System.nanoTime(), 36);

    private List<Long> queue(String prefix, int count) {
        return queue(prefix, count, "task-new");
    }

    private List<Long> queue(String prefix, int count, String kind) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            outbox.add(prefix + ":" + runId + ":" + kind + ":" + i, kind, "can-bo-" + i + "@dongthap.example",
                    "[Kế hoạch 752] Thư thử số " + i, "<p>Thư thử</p>", "Thư thử", null, Instant.now())
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private Map<String, Long> received(String prefix) throws MessagingException {
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String[] key = message.getHeader("X-Idempotency-Key");
            if (key != null && key[0].startsWith(prefix + ":" + runId + ":")) {
                keys.add(key[0]);
            }
        }
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Map<String, Long> statusCounts(String prefix) {
        return jdbc.sql("select status from kehoach.notification_outbox where idempotency_key like ?")
                .param(prefix + ":" + runId + ":%").query(String.class).list().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

}

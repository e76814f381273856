package vn.dongthap.tdcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.dongthap.tdcs.notification.OutboxDelivery;

/**
 * The one-command quickstart (profile demo: H2, demo users) starts and works; pointed at a mail catcher with
 * spring.mail.host and spring.mail.port alone, it sends its mails. An
 * in-memory H2 stands in for the demo's H2 file so that runs leave nothing behind. Runs in its own
 * JVM (surefire execution "demo-profile" in pom.xml): engines and the webapps' engine lookup are
 * JVM-wide, and a second engine would disturb the PostgreSQL tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:demo-profile-test;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false", "app.notification.delivery.enabled=false",
                "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("demo")
class DemoProfileIT {

    @RegisterExtension
    static GreenMailExtension mailCatcher = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;

    @Test
    void theQuickstartStartsWithDemoUsers() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(http.withBasicAuth("canbo-xa-tan-hong", "Demo@752").getForEntity("/api/units/xa-tan-hong", String.class)
                .getBody()).contains("Ủy ban nhân dân xã Tân Hồng");
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void settingTheMailHostIsEnoughToSendMails() throws Exception {
        jdbc.sql("""
                insert into KEHOACH.notification_outbox (idempotency_key, kind, recipient, subject, body_html, body_text,
                  status, attempts, created_at, next_attempt_at)
                values ('demo-mail-1', 'task-new', 'can-bo@dongthap.example', 'Thư thử', '<p>Thư thử</p>', 'Thư thử',
                  'CHO_GUI', 0, current_timestamp, current_timestamp)""").update();

        assertThat(delivery.deliverDue(Instant.now().plusSeconds(60))).isEqualTo(1);

        assertThat(mailCatcher.getReceivedMessages()).hasSize(1);
        assertThat(mailCatcher.getReceivedMessages()[0].getSubject()).isEqualTo("Thư thử");
        assertThat(jdbc.sql("select status from KEHOACH.notification_outbox where idempotency_key = 'demo-mail-1'")
                .query(String.class).single()).isEqualTo("DA_GUI");
    }
}

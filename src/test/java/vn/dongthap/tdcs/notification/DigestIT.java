package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** A digest user (app.notification.digest-users in the test profile) gets one mail a day, not one per task. */
@PostgresIntegrationTest
class DigestIT {

    private static final String DIGEST_USER = DemoUsers.officerOf("xa-an-long");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;

    String round;

    @BeforeEach
    void openRound() {
        // a digest is keyed by user and day: earlier runs on the same database must not count
        jdbc.sql("delete from kehoach.notification_outbox where idempotency_key like ?").param("digest:" + DIGEST_USER + ":%")
                .update();
        MailTestSupport.dropPendingDeliveries(jdbc);
        MailTestSupport.clock(2026, 12, 1, 7);
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-an-long", "xa-tan-hong"), "2026-12-03")
                .getBusinessKey();
        deliver();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        reporting.purgeRound(round);
    }

    @Test
    void oneDigestPerUserPerDayInsteadOfOneMailPerTask() throws Exception {
        assertThat(recipients()).contains(DemoUsers.officerOf("xa-tan-hong")).doesNotContain(DIGEST_USER);

        digest(2026, 12, 2);
        digest(2026, 12, 2); // the timer firing twice the same day sends nothing more
        List<MimeMessage> first = mailsTo(DIGEST_USER);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getSubject()).isEqualTo("[Kế hoạch 752] Công việc ngày 02/12/2026: 1 việc đang mở, 0 việc quá hạn");
        assertThat(GreenMailUtil.getBody(first.get(0))).contains("charset=UTF-8");

        digest(2026, 12, 4); // the next digest day, after the deadline
        List<MimeMessage> second = mailsTo(DIGEST_USER);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).getSubject()).endsWith("1 việc đang mở, 1 việc quá hạn");
    }

    private void digest(int year, int month, int day) {
        MailTestSupport.clock(year, month, day, 7);
        for (Job timer : managementService.createJobQuery().processDefinitionKey("daily-digest").timers().list()) {
            managementService.executeJob(timer.getId());
        }
        deliver();
    }

    private void deliver() {
        MailTestSupport.deliverAll(delivery);
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            to.add(GreenMailUtil.getAddressList(mail.getAllRecipients()).replaceAll("@.*", ""));
        }
        smtp.reset();
        return to;
    }

    private List<MimeMessage> mailsTo(String user) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(mail.getAllRecipients()).startsWith(user + "@")) {
                mails.add(mail);
            }
        }
        smtp.reset();
        return mails;
    }

}

package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** Mails through a real SMTP server (GreenMail), queued in the outbox on PostgreSQL. */
@PostgresIntegrationTest
class NotificationIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    OutboxDelivery delivery;

    String round;

    @BeforeEach
    void clearEarlierDeliveries() {
        MailTestSupport.dropPendingDeliveries(jdbc);
    }

    @AfterEach
    void purge() {
        if (round != null) {
            reporting.purgeRound(round);
        }
    }

    @Test
    void eachOfficerGetsExactlyOneVietnameseNoticeWithALinkToTheTask() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "phuong-my-tho"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        deliverAll();
        deliverAll(); // a second pass sends nothing more

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        MimeMessage toCommune = Arrays.stream(mails).filter(m -> recipients(m).contains(DemoUsers.officerOf("xa-tan-hong")))
                .findFirst().orElseThrow();
        assertThat(toCommune.getSubject())
                .isEqualTo("[Kế hoạch 752] Việc mới: Soạn báo cáo đột xuất “Kiểm thử báo cáo đột xuất” – UBND xã Tân Hồng");
        String body = GreenMailUtil.getBody(toCommune);
        assertThat(body).contains("charset=UTF-8");
        Task draft = reporting.draftTask(round, "xa-tan-hong");
        String text = text(toCommune);
        assertThat(text).contains("Kính gửi Cán bộ Xã Tân Hồng", "Hạn xử lý:", "giao cho Cán bộ – Xã Tân Hồng")
                .doesNotContain("xa-tan-hong.can-bo", "Lý do trả lại");
        assertThat(draft.getName()).isEqualTo("Soạn báo cáo đột xuất “Kiểm thử báo cáo đột xuất” – UBND xã Tân Hồng");
        Matcher link = Pattern.compile("/camunda/app/tasklist/default/#/\\?task=([0-9a-f-]+)").matcher(text);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo(draft.getId());
        assertThat(outboxCount("task:" + draft.getId() + ":%")).isEqualTo(1);
    }

    @Test
    void aReturnedDraftIsMarkedInItsNameAndItsMailGivesTheReason() throws Exception {
        String unit = "xa-tan-hong";
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(unit),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        Task draft = reporting.draftTask(round, unit);
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Báo cáo lần đầu");
        reporting.as(DemoUsers.officerOf(unit), () -> taskService.complete(draft.getId(), report));
        Task approval = reporting.approvalTask(round, unit);
        assertThat(approval.getName()).isEqualTo("Duyệt báo cáo đột xuất “Kiểm thử báo cáo đột xuất” – UBND xã Tân Hồng");
        String reason = "Bổ sung số hộ vay vốn của quý III";
        deliverAll();
        smtp.reset();
        reporting.as(DemoUsers.leaderOf(unit), () -> taskService.complete(approval.getId(),
                Map.of("approvalDecision", "tra-lai", "returnReason", reason)));
        Task again = reporting.draftTask(round, unit);
        assertThat(again.getName()).isEqualTo("[Bị trả lại] Soạn báo cáo đột xuất “Kiểm thử báo cáo đột xuất” – UBND xã Tân Hồng");
        deliverAll();

        MimeMessage toOfficer = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(DemoUsers.officerOf(unit))).findFirst().orElseThrow();
        assertThat(toOfficer.getSubject()).isEqualTo("[Kế hoạch 752] Việc mới: " + again.getName());
        assertThat(text(toOfficer)).contains("bị trả lại", "Lý do trả lại: Lãnh đạo đơn vị trả lại: " + reason);
    }

    @Test
    void anSmtpOutageFailsNoCompletionAndEveryMailGoesOutOnceItReturns() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        deliverAll();
        smtp.reset();
        smtp.stop();

        // the officer's click succeeds although the mail server is down
        Task draft = reporting.draftTask(round, "xa-tan-hong");
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Báo cáo khi máy chủ thư ngừng");
        reporting.as(DemoUsers.officerOf("xa-tan-hong"), () -> taskService.complete(draft.getId(), report));
        Task approval = reporting.approvalTask(round, "xa-tan-hong");
        assertThat(approval).isNotNull();
        // a failed attempt fails nothing else: the mail waits, counted, for its next attempt
        assertThat(delivery.deliverDue(Instant.now())).isZero();
        assertThat(outboxStatus("task:" + approval.getId() + ":%")).isEqualTo("CHO_GUI");
        assertThat(jdbc.sql("select attempts from kehoach.notification_outbox where idempotency_key like ?")
                .param("task:" + approval.getId() + ":%").query(Integer.class).single()).isEqualTo(1);
        assertThat(delivery.deliverDue(Instant.now())).as("not due again before the retry delay").isZero();

        smtp.start();
        deliverAll();
        deliverAll();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getAddressList(smtp.getReceivedMessages()[0].getAllRecipients()))
                .contains(DemoUsers.leaderOf("xa-tan-hong"));
        assertThat(outboxStatus("task:" + approval.getId() + ":%")).isEqualTo("DA_GUI");
    }

    /**
     * Delivery is at least once: a crash after the SMTP server accepted the mail but before the outbox row
     * was marked sent makes the retry send it again. The bound is one extra mail per crash, and both carry
     * the same X-Idempotency-Key so the receiving side can recognise the repeat.
     */
    @Test
    void aCrashBetweenSendAndCommitResendsAtMostOnceWithTheSameKey() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        String key = "task:" + reporting.draftTask(round, "xa-tan-hong").getId() + ":" + DemoUsers.officerOf("xa-tan-hong");
        long outboxId = jdbc.sql("select id from kehoach.notification_outbox where idempotency_key = ?").param(key)
                .query(Long.class).single();
        deliverAll();
        // the "crash": the mail went out, but the outbox update was lost, so the delivery runs again
        jdbc.sql("update kehoach.notification_outbox set status = 'CHO_GUI' where id = ?").param(outboxId).update();
        deliverAll();
        deliverAll();
        // a delivery instance of the former per-mail process finds the mail sent and sends nothing
        String legacy = runtimeService.startProcessInstanceByKey(NotificationDeliveryModel.PROCESS_KEY, "TB-" + outboxId,
                Map.of("outboxId", outboxId)).getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(legacy).singleResult().getId());

        List<MimeMessage> sameKey = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> key.equals(header(m, "X-Idempotency-Key"))).toList();
        assertThat(sameKey).as("one resend per crash, recognisable by its key").hasSize(2);
        assertThat(outboxStatus(key)).isEqualTo("DA_GUI");
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deliverAll() {
        MailTestSupport.deliverAll(delivery);
    }

    private int outboxCount(String keyPattern) {
        return jdbc.sql("select count(*) from kehoach.notification_outbox where idempotency_key like ?").param(keyPattern)
                .query(Integer.class).single();
    }

    private String outboxStatus(String keyPattern) {
        return jdbc.sql("select status from kehoach.notification_outbox where idempotency_key like ? order by id desc"
                        + " fetch first 1 rows only").param(keyPattern).query(String.class).optional().orElse(null);
    }

    private static String text(MimeMessage message) throws Exception {
        var multipart = (jakarta.mail.Multipart) message.getContent();
        StringBuilder all = new StringBuilder();
        collect(multipart, all);
        return all.toString();
    }

    private static void collect(jakarta.mail.Multipart multipart, StringBuilder into) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                collect(nested, into);
            } else if (part.isMimeType("text/plain")) {
                into.append(part.getContent());
            }
        }
    }
}

package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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

/**
 * Reminders before the deadline and escalation after it, driven by the unit-report timer with the
 * engine clock moved forward; mails through GreenMail. Deadline: Wednesday 30/12/2026.
 */
@PostgresIntegrationTest
class ReminderIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    String round;

    @BeforeEach
    void openRound() {
        MailTestSupport.dropPendingDeliveries(jdbc);
        MailTestSupport.clock(2026, 12, 1, 9);
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "xa-my-tho", "mttq-tinh"), "2026-12-30")
                .getBusinessKey();
        deliver(); // the new-task notices
        smtp.reset();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        reporting.purgeRound(round);
    }

    @Test
    void remindersFollowTheWorkingDayScheduleStopAfterSubmissionAndEscalationFollowsTheDeadline() throws Exception {
        // 14 working days before 30/12/2026 is Thursday 10/12
        check(2026, 12, 10);
        assertThat(mails()).containsExactlyInAnyOrder(
                "canbo-xa-tan-hong: [Kế hoạch 752] Nhắc hạn: còn 14 ngày làm việc – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất",
                "canbo-xa-my-tho: [Kế hoạch 752] Nhắc hạn: còn 14 ngày làm việc – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất",
                "canbo-mttq-tinh: [Kế hoạch 752] Nhắc hạn: còn 14 ngày làm việc – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất");

        // not a reminder day; and running the check twice on a reminder day sends nothing twice
        check(2026, 12, 11);
        check(2026, 12, 10);
        assertThat(mails()).isEmpty();

        // Xã Tân Hồng submits: its reminders stop
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
        deliver();
        smtp.reset();
        check(2026, 12, 21); // 7 working days before
        assertThat(mails()).containsExactlyInAnyOrder(
                "canbo-xa-my-tho: [Kế hoạch 752] Nhắc hạn: còn 7 ngày làm việc – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất",
                "canbo-mttq-tinh: [Kế hoạch 752] Nhắc hạn: còn 7 ngày làm việc – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất");

        // the deadline day is the last day to submit, not a day late: no escalation on it
        var draft = reporting.draftTask(round, "xa-my-tho");
        var report = reporting.filledReport(draft.getId(), "Đã triển khai");
        reporting.as(DemoUsers.officerOf("xa-my-tho"), () -> taskService.complete(draft.getId(), report));
        check(2026, 12, 30);
        assertThat(mails()).noneMatch(m -> m.contains("Quá hạn"));

        // the next working day: escalation to the unit's leader and the consolidators, naming the unit's state;
        // Ủy ban MTTQ tỉnh, only invited to contribute (III.3), is never escalated
        check(2026, 12, 31);
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(ReminderIT::isEscalation)).hasSize(2)
                .allSatisfy(mail -> assertThat(text(mail)).contains("Tình trạng báo cáo của đơn vị: Chờ lãnh đạo đơn vị duyệt."));
        List<String> escalation = mails();
        assertThat(escalation).contains(
                "lanhdao-xa-my-tho: [Kế hoạch 752] Quá hạn: Ủy ban nhân dân xã Mỹ Thọ chưa nộp – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất",
                "tonghop: [Kế hoạch 752] Quá hạn: Ủy ban nhân dân xã Mỹ Thọ chưa nộp – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất");
        assertThat(escalation).noneMatch(m -> m.startsWith("canbo-") || m.contains("Tân Hồng") || m.contains("Mặt trận"));

        // repeated every 2 working days: not on Friday 01/01/2027 (no 2027 holidays in the data), again on Monday 04/01
        check(2027, 1, 1);
        assertThat(mails()).isEmpty();
        check(2027, 1, 4);
        assertThat(mails()).contains(
                "lanhdao-xa-my-tho: [Kế hoạch 752] Quá hạn: Ủy ban nhân dân xã Mỹ Thọ chưa nộp – Báo cáo đột xuất: Kiểm thử báo cáo đột xuất")
                .noneMatch(m -> m.contains("Mặt trận"));
    }

    /** Moves the engine clock to 09:00 of the day and fires every unit's daily check. */
    private void check(int year, int month, int day) {
        MailTestSupport.clock(year, month, day, 9);
        List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(round + "/%").list().stream().map(p -> p.getId()).toList();
        for (String instance : instances) {
            for (Job timer : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
                managementService.executeJob(timer.getId());
            }
        }
        deliver();
    }

    private void deliver() {
        MailTestSupport.deliverAll(delivery);
    }

    private static boolean isEscalation(MimeMessage mail) {
        try {
            return mail.getSubject().contains("Quá hạn");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a mail. */
    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof jakarta.mail.Multipart multipart ? plainText(multipart) : content.toString();
    }

    private static String plainText(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String text = plainText(nested);
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
        }
        return "";
    }

    /** "user: subject" of the mails received since the last call. */
    private List<String> mails() throws Exception {
        List<String> result = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String to = GreenMailUtil.getAddressList(mail.getAllRecipients());
            result.add(to.substring(0, to.indexOf('@')) + ": " + mail.getSubject());
        }
        smtp.reset();
        return result;
    }
}

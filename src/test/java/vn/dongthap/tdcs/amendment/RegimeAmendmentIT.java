package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.forms.FormDeployment;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.notification.OutboxDelivery;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;
import vn.dongthap.tdcs.reporting.RoundOpening;

/**
 * Issue 13: an approved change of the reporting row changes the regime later rounds use (deadline, recipients), and
 * every unit the new plan version concerns is told by mail what changed for it — on PostgreSQL, through GreenMail.
 */
@PostgresIntegrationTest
class RegimeAmendmentIT {

    /** Port 3025 as every mail test (run under flock /tmp/kehoach-mail.lock); -Dtest.smtp.port with spring.mail.port moves both. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            ServerSetupTest.SMTP.port(Integer.getInteger("test.smtp.port", ServerSetupTest.SMTP.getPort())));

    private static final String NEXT_ROUND = "BC-NAM-2027";

    @Autowired
    ReportingTestSupport as;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    PlanRegisterQueries plan;
    @Autowired
    RoundOpening opening;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormDeployment forms;

    @BeforeEach
    void setUp() {
        AmendedVersions.closeOpenBatches(runtimeService, jdbc);
        as.purgeRound(NEXT_ROUND);
        // mails queued by other test classes are not this test's mails
        jdbc.sql("update kehoach.notification_outbox set status = 'BO_QUA' where status in ('CHO_GUI', 'HET_LUOT')").update();
    }

    @AfterEach
    void cleanUp() {
        as.purgeRound(NEXT_ROUND);
        AmendedVersions.removeAll(jdbc, forms);
        AmendedVersions.closeOpenBatches(runtimeService, jdbc);
    }

    @Test
    void anApprovedRegimeChangeMovesTheNextRoundsDeadlineAndEveryUnitConcernedIsToldWhatChangedForIt() throws Exception {
        long before = plan.versionInForce(LocalDate.now()).orElseThrow();
        PlanViews.Regime oldRegime = plan.version(before).orElseThrow().reportingRegime();
        assertThat(oldRegime.dueBefore()).isEqualTo("10-05");

        // the regime can only be proposed through the reporting row
        assertThatThrownBy(() -> propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                "newDueBefore", "15/10", "reason", "Hạn báo cáo muộn hơn cho kịp số liệu quý III.")))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("dòng chế độ báo cáo (nhiệm vụ STT BC)");
        assertThatThrownBy(() -> propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "BC",
                "newDueBefore", "31/13", "reason", "Hạn báo cáo muộn hơn cho kịp số liệu quý III.")))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("phải là ngày/tháng, ví dụ 15/10");

        // Sở Tài chính proposes: report before 15/10, the consolidated report to UBND tỉnh only
        Map<String, Object> regime = new HashMap<>(Map.of("amendmentKind", "sua-doi", "targetStt", "BC",
                "newDueBefore", "15/10", "reason", "Hạn báo cáo muộn hơn cho kịp số liệu quý III."));
        regime.put("newRecipients", SpinValues.jsonValue("[\"ubnd-tinh\"]").create());
        String regimeKey = propose("so-tai-chinh", regime);
        String itemKey = propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "5.3",
                "newProduct", "Báo cáo kết quả kiểm tra", "reason", "Nêu rõ sản phẩm của nhiệm vụ kiểm tra."));
        for (String key : List.of(regimeKey, itemKey)) {
            complete(DemoUsers.leaderOf("so-tai-chinh"), task(key, "Task_LeaderReviewProposal"), Map.of("approvalDecision", "duyet"));
        }
        // the branch sees the regime as it stands beside the proposed one, by names
        Task review = task(regimeKey, "Task_BranchReview");
        assertThat(taskService.getVariable(review.getId(), "currentItemText").toString())
                .contains("Hạn báo cáo hằng năm: trước ngày 05/10", "Nơi nhận báo cáo tổng hợp: UBND tỉnh, Ngân hàng Nhà nước Việt Nam");
        assertThat(taskService.getVariable(review.getId(), "proposedItemText").toString())
                .isEqualTo("Hạn báo cáo hằng năm: trước ngày 15/10\nNơi nhận báo cáo tổng hợp: UBND tỉnh");
        for (String key : List.of(regimeKey, itemKey)) {
            complete(DemoUsers.CONSOLIDATOR, task(key, "Task_BranchReview"),
                    Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        }
        String batch = (String) runtimeService.getVariable(instance(regimeKey), "batchKey");
        complete(DemoUsers.CONSOLIDATOR, task(batch, "Task_SubmitBatch"), Map.of("submitConfirmed", true));
        Task decide = task(batch, "Task_DecideProposals");
        complete(DemoUsers.PROVINCE_OFFICER, decide, approveAll(decide, "70/QĐ-UBND"));

        // the regime is part of the new version; the old version keeps its own
        long after = plan.versionInForce(LocalDate.now()).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        PlanViews.Regime newRegime = plan.version(after).orElseThrow().reportingRegime();
        assertThat(newRegime.dueBefore()).isEqualTo("10-15");
        assertThat(newRegime.consolidatedTo()).containsExactly("ubnd-tinh");
        assertThat(plan.version(before).orElseThrow().reportingRegime().dueBefore()).isEqualTo("10-05");

        // the next annual round takes its deadline from the version in force: before 15/10/2027 (was 05/10)
        ReportRound round = opening.openAnnual(2027, null, null, DemoUsers.CONSOLIDATOR);
        assertThat(round.planVersionId()).isEqualTo(after);
        assertThat(round.deadline()).isEqualTo(LocalDate.of(2027, 10, 14));

        // every unit concerned is told, once per person, what changed for it
        delivery.deliverDue(Instant.parse("2999-01-01T00:00:00Z"));
        Map<String, List<MimeMessage>> byAddress = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (String to : GreenMailUtil.getAddressList(message.getAllRecipients()).split(",")) {
                byAddress.computeIfAbsent(to.trim(), k -> new ArrayList<>()).add(message);
            }
        }
        MimeMessage commune = single(byAddress, DemoUsers.officerOf("xa-tan-hong"));
        String communeBody = text(commune);
        assertThat(commune.getSubject()).startsWith("[Kế hoạch 752] Kế hoạch 752/KH-UBND có phiên bản mới – ");
        assertThat(communeBody).contains("70/QĐ-UBND", "hạn báo cáo hằng năm đổi từ trước ngày 05/10 thành trước ngày 15/10")
                .doesNotContain("5.3", "xa-tan-hong", "ubnd-tinh");
        assertThat(single(byAddress, DemoUsers.leaderOf("xa-tan-hong"))).isNotNull();
        String branchBody = text(single(byAddress, DemoUsers.officerOf("nhcsxh-tinh")));
        assertThat(branchBody).contains("Nhiệm vụ STT 5.3: sản phẩm", "(vai trò: đơn vị chủ trì)", "Báo cáo kết quả kiểm tra", "hạn báo cáo hằng năm đổi");
        // NHNN no longer receives the consolidated report: it is told so
        assertThat(text(single(byAddress, DemoUsers.officerOf("nhnn-viet-nam"))))
                .contains("báo cáo tổng hợp gửi Ủy ban nhân dân tỉnh Đồng Tháp");

        // delivering again sends nothing twice
        int received = smtp.getReceivedMessages().length;
        delivery.deliverDue(Instant.parse("2999-01-01T00:00:00Z"));
        assertThat(smtp.getReceivedMessages()).hasSize(received);
    }

    /** The plain-text part, decoded. */
    private static String text(MimeMessage message) {
        try {
            StringBuilder all = new StringBuilder();
            collect((jakarta.mail.Multipart) message.getContent(), all);
            return all.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private MimeMessage single(Map<String, List<MimeMessage>> byAddress, String userId) {
        List<MimeMessage> mails = byAddress.getOrDefault(userId + "@demo.dongthap.example", List.of()).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains("phiên bản mới");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(mails).as(userId).hasSize(1);
        return mails.get(0);
    }

    private Map<String, Object> approveAll(Task decide, String number) throws Exception {
        var json = new ObjectMapper();
        var rows = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(
                ((org.camunda.spin.plugin.variable.value.JsonValue) taskService.getVariableTyped(decide.getId(), "decisions"))
                        .getValueSerialized());
        rows.forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("decision", "chap-thuan"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("decisions", SpinValues.jsonValue(rows.toString()).create());
        variables.put("decisionNumber", number);
        variables.put("decisionDate", LocalDate.now().toString());
        return variables;
    }

    private String propose(String unitId, Map<String, Object> variables) {
        return as.as(DemoUsers.officerOf(unitId),
                () -> runtimeService.startProcessInstanceByKey("amendment-request", variables).getBusinessKey());
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        as.as(user, () -> taskService.complete(task.getId(), variables));
    }

    private Task task(String businessKey, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private String instance(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }
}

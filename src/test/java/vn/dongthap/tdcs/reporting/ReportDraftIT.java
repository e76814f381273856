package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.identity.UnitGroups;

/**
 * "Lưu" on the draft form keeps the unit's draft on the server: another officer of the unit continues it, nobody
 * else reads or writes it, only the form's answers are kept, and a draft from before a return is not offered again.
 */
@PostgresIntegrationTest
class ReportDraftIT {

    private static final String UNIT = "xa-tan-hong";
    private static final String OTHER_UNIT = "xa-an-long";
    private static final String SECOND_OFFICER = "canbo2-" + UNIT;

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Value("${app.demo.password}")
    String password;

    private final ObjectMapper json = new ObjectMapper();
    private String round;

    @BeforeEach
    void openRound() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(UNIT, OTHER_UNIT),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        if (identityService.createUserQuery().userId(SECOND_OFFICER).singleResult() == null) {
            User user = identityService.newUser(SECOND_OFFICER);
            user.setFirstName("Cán bộ thứ hai");
            user.setLastName("Tân Hồng");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(SECOND_OFFICER, UnitGroups.officers(UNIT));
        }
    }

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
        identityService.deleteUser(SECOND_OFFICER);
    }

    @Test
    void anotherOfficerOfTheUnitContinuesTheSavedDraft() throws Exception {
        Task draft = reporting.draftTask(round, UNIT);
        ObjectNode state = formState(draft);
        ObjectNode first = (ObjectNode) state.get("items").get(0);
        first.put("level", "dang-thuc-hien").put("result", "Đã triển khai một phần");
        first.put("content", "Nội dung do người dùng sửa"); // read-only: never kept
        state.put("budgetEntrusted", "1.500,5").put("generalComment", "Còn thiếu kinh phí");
        state.put("unitId", "xa-khac"); // not a field of the draft: never kept

        ResponseEntity<JsonNode> saved = exchange(HttpMethod.PUT, DemoUsers.officerOf(UNIT), draft.getId(), state);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        String message = saved.getBody().path("message").asText();
        assertThat(message).matches("Đã lưu bản nháp lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4} bởi Cán bộ .+\\.")
                .doesNotContain(UNIT);

        ResponseEntity<JsonNode> loaded = exchange(HttpMethod.GET, SECOND_OFFICER, draft.getId(), null);
        assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode data = loaded.getBody().path("data");
        JsonNode item = data.path("items").get(0);
        assertThat(item.path("level").asText()).isEqualTo("dang-thuc-hien");
        assertThat(item.path("result").asText()).isEqualTo("Đã triển khai một phần");
        assertThat(item.path("content").asText()).as("read-only: from the register, not from the draft")
                .isEqualTo(formState(draft).get("items").get(0).path("content").asText())
                .isNotEqualTo("Nội dung do người dùng sửa");
        assertThat(data.path("items")).hasSize(state.get("items").size());
        assertThat(data.path("budgetEntrusted").asText()).isEqualTo("1.500,5");
        assertThat(data.path("generalComment").asText()).isEqualTo("Còn thiếu kinh phí");
        assertThat(data.has("unitId")).isFalse();
        assertThat(loaded.getBody().path("message").asText()).startsWith("Đang soạn tiếp bản nháp lưu lúc")
                .as("the name of who saved, which the second officer may not read in the engine")
                .contains("bởi Cán bộ ").doesNotContain("một cán bộ của đơn vị");

        // The second officer saves over it: one draft per round and unit, the last save wins.
        ((ObjectNode) data.path("items").get(0)).put("result", "Đã triển khai xong");
        assertThat(exchange(HttpMethod.PUT, SECOND_OFFICER, draft.getId(), data).getBody().path("message").asText())
                .contains("bởi Cán bộ thứ hai Tân Hồng");
        assertThat(exchange(HttpMethod.GET, DemoUsers.officerOf(UNIT), draft.getId(), null).getBody()
                .path("data").path("items").get(0).path("result").asText()).isEqualTo("Đã triển khai xong");
        assertThat(jdbc.sql("select count(*) from kehoach.report_draft d join kehoach.report_round r on r.id = d.round_id "
                + "where r.round_key = ?").param(round).query(Integer.class).single()).isEqualTo(1);
        // A draft completes nothing: the task is still there.
        assertThat(reporting.draftTask(round, UNIT).getId()).isEqualTo(draft.getId());
    }

    @Test
    void nobodyButTheUnitsOfficersReadsOrWritesTheDraft() throws Exception {
        Task draft = reporting.draftTask(round, UNIT);
        ObjectNode state = formState(draft);
        ((ObjectNode) state.get("items").get(0)).put("result", "Bản nháp của Tân Hồng");
        assertThat(exchange(HttpMethod.PUT, DemoUsers.officerOf(UNIT), draft.getId(), state).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ObjectNode overwrite = formState(draft);
        ((ObjectNode) overwrite.get("items").get(0)).put("result", "Ghi đè của đơn vị khác");
        for (String intruder : List.of(DemoUsers.officerOf(OTHER_UNIT), DemoUsers.leaderOf(OTHER_UNIT),
                DemoUsers.leaderOf(UNIT), DemoUsers.CONSOLIDATOR, DemoUsers.MANAGER)) {
            ResponseEntity<JsonNode> read = exchange(HttpMethod.GET, intruder, draft.getId(), null);
            // Refused, 403 or 404 (another unit's officer does not even learn that the task exists), in Vietnamese.
            assertThat(read.getStatusCode()).as("%s reads", intruder).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(read.getBody().path("detail").asText()).as("%s reads", intruder)
                    .containsAnyOf("Chỉ cán bộ của đơn vị báo cáo", "Không có công việc soạn báo cáo này")
                    .doesNotContain("Bản nháp của Tân Hồng");
            assertThat(exchange(HttpMethod.PUT, intruder, draft.getId(), overwrite).getStatusCode())
                    .as("%s writes", intruder).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        // The other unit's officer cannot reach it through their own task either: the task decides the unit.
        Task otherDraft = reporting.draftTask(round, OTHER_UNIT);
        assertThat(exchange(HttpMethod.GET, DemoUsers.officerOf(OTHER_UNIT), otherDraft.getId(), null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(exchange(HttpMethod.GET, DemoUsers.officerOf(UNIT), draft.getId(), null).getBody()
                .path("data").path("items").get(0).path("result").asText()).isEqualTo("Bản nháp của Tân Hồng");
        // Without the header every change needs, nothing is written.
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.officerOf(UNIT), password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/report-drafts/tasks/{id}", HttpMethod.PUT, new HttpEntity<>(overwrite.toString(), headers),
                String.class, draft.getId()).getStatusCode().is4xxClientError()).isTrue();
        // The leader's approval task is no draft task.
        reporting.as(DemoUsers.officerOf(UNIT), () -> taskService.complete(draft.getId(),
                reporting.filledReport(draft.getId(), "Đã làm")));
        Task approval = reporting.approvalTask(round, UNIT);
        ResponseEntity<JsonNode> onApproval = exchange(HttpMethod.GET, DemoUsers.officerOf(UNIT), approval.getId(), null);
        assertThat(onApproval.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onApproval.getBody().path("detail").asText()).contains("Không có công việc soạn báo cáo này");
    }

    @Test
    void aDraftThatIsNotTheFormsAnswersIsRefusedInVietnamese() throws Exception {
        Task draft = reporting.draftTask(round, UNIT);
        ObjectNode wrongItem = formState(draft);
        ((ObjectNode) wrongItem.get("items").get(0)).put("stt", "99.99");
        ObjectNode wrongLevel = formState(draft);
        ((ObjectNode) wrongLevel.get("items").get(0)).put("level", "xong-roi");
        ObjectNode tooLong = formState(draft);
        ((ObjectNode) tooLong.get("items").get(0)).put("result", "x".repeat(4001));
        ObjectNode notText = formState(draft);
        ((ObjectNode) notText.get("items").get(0)).put("result", 12);
        Map<ObjectNode, String> refusals = Map.of(
                wrongItem, "Danh sách nhiệm vụ không khớp",
                wrongLevel, "\"Mức độ thực hiện\" không hợp lệ",
                tooLong, "quá dài (tối đa 4000 ký tự)",
                notText, "phải là văn bản");
        for (var refusal : refusals.entrySet()) {
            ResponseEntity<JsonNode> response = exchange(HttpMethod.PUT, DemoUsers.officerOf(UNIT), draft.getId(),
                    refusal.getKey());
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().path("detail").asText()).contains(refusal.getValue());
        }
        assertThat(exchange(HttpMethod.GET, DemoUsers.officerOf(UNIT), draft.getId(), null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aDraftSavedBeforeTheLeaderReturnedTheReportIsNotOfferedAgain() throws Exception {
        Task draft = reporting.draftTask(round, UNIT);
        ObjectNode state = formState(draft);
        ((ObjectNode) state.get("items").get(0)).put("result", "Bản nháp cũ");
        exchange(HttpMethod.PUT, DemoUsers.officerOf(UNIT), draft.getId(), state);
        reporting.as(DemoUsers.officerOf(UNIT), () -> taskService.complete(draft.getId(),
                reporting.filledReport(draft.getId(), "Bản đã gửi")));
        Task approval = reporting.approvalTask(round, UNIT);
        reporting.as(DemoUsers.leaderOf(UNIT), () -> taskService.complete(approval.getId(),
                Map.of("approvalDecision", "tra-lai", "returnReason", "Bổ sung số liệu")));

        Task again = reporting.draftTask(round, UNIT);
        assertThat(again.getId()).isNotEqualTo(draft.getId());
        assertThat(exchange(HttpMethod.GET, DemoUsers.officerOf(UNIT), again.getId(), null).getStatusCode())
                .as("the form opens with what was submitted, not the older draft").isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The draft form's state as Tasklist would save it: the task's items and nothing typed yet. */
    private ObjectNode formState(Task task) throws Exception {
        // as Tasklist reads them: the plan items come with the form's values when it loads (UnitReportFormValues)
        ObjectNode state = json.createObjectNode();
        state.set("items", (ArrayNode) json.readTree(reporting.formJson(task.getId(), UnitReportForm.ITEMS)));
        return state;
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String user, String taskId, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.set("X-Requested-With", "XMLHttpRequest");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/report-drafts/tasks/{id}", method,
                new HttpEntity<>(body == null ? null : body.toString(), headers), JsonNode.class, taskId);
    }
}

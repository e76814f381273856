package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * The attacks that were found from outside with a demo account, each replayed: every one is refused with a
 * Vietnamese 4xx and changes nothing, and the honest path still works afterwards.
 */
@PostgresIntegrationTest
class TrustAttacksIT {

    private static final String COMMUNE = "xa-my-tho";
    private static final String OTHER_COMMUNE = "phuong-my-tho";
    private static final String VIETNAMESE = "[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]";

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    private final List<String> rounds = new ArrayList<>();
    private final List<String> proposals = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        rounds.forEach(reporting::purgeRound);
        proposals.forEach(key -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true)));
        closeOpenBatches();
    }

    @Test
    void aLeaderCannotSubmitAnotherUnitsReportByNamingItInTheirOwnApproval() {
        String round = openRound();
        draft(round, COMMUNE, "Báo cáo thật của xã Mỹ Thọ");
        draft(round, OTHER_COMMUNE, "Báo cáo thật của phường Mỹ Tho");
        Task ownApproval = reporting.approvalTask(round, COMMUNE);
        Map<String, String> before = EngineState.snapshot(jdbc);

        ResponseEntity<String> forged = rest(DemoUsers.leaderOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + ownApproval.getId() + "/complete",
                Map.of("variables", Map.of("approvalDecision", Map.of("value", "duyet"),
                        "unitId", Map.of("value", OTHER_COMMUNE))));

        assertRefused(forged, 400, "unitId");
        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);

        // Even a variable that an administrator left on the instance does not decide whose report it is.
        runtimeService.setVariable(ownApproval.getProcessInstanceId(), "unitId", OTHER_COMMUNE);
        ResponseEntity<String> honest = rest(DemoUsers.leaderOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + ownApproval.getId() + "/complete",
                Map.of("variables", Map.of("approvalDecision", Map.of("value", "duyet"))));
        assertThat(honest.getStatusCode().value()).as(honest.getBody()).isEqualTo(204);
        assertThat(submissions(round, COMMUNE)).isEqualTo(1);
        assertThat(submissions(round, OTHER_COMMUNE)).isZero();
    }

    @Test
    void aLeaderCannotRewriteTheReportTheyApprove() {
        String round = openRound();
        draft(round, COMMUNE, "Nội dung cán bộ đã soạn");
        Task approval = reporting.approvalTask(round, COMMUNE);
        JsonValue items = taskService.getVariableTyped(approval.getId(), "items");
        String rewritten = items.getValueSerialized().replace("Nội dung cán bộ đã soạn", "Nội dung bị sửa khi duyệt");

        ResponseEntity<String> approved = rest(DemoUsers.leaderOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + approval.getId() + "/complete",
                Map.of("variables", Map.of("approvalDecision", Map.of("value", "duyet"),
                        "items", Map.of("value", rewritten, "type", "Json"))));

        // The approval form shows the items read-only: they are not the leader's to change.
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
        String stored = jdbc.sql("select string_agg(result, '|') from kehoach.submission_item where submission_id in "
                + "(select s.id from kehoach.submission s join kehoach.report_round r on r.id = s.round_id "
                + "where r.round_key = ? and s.unit_id = ?)").params(round, COMMUNE).query(String.class).single();
        assertThat(stored).contains("Nội dung cán bộ đã soạn").doesNotContain("bị sửa");
    }

    @Test
    void anOfficerCannotOverwriteAnotherUnitsProposal() {
        String own = propose(COMMUNE, "Đề xuất của xã Mỹ Thọ");
        String other = propose(OTHER_COMMUNE, "Đề xuất của phường Mỹ Tho");
        leaderReturns(COMMUNE, own);
        Task revise = task(own, "Task_ReviseProposal");
        long otherId = proposalId(other);
        String otherBefore = proposalRow(other);
        Map<String, String> before = EngineState.snapshot(jdbc);

        ResponseEntity<String> forged = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + revise.getId() + "/complete",
                Map.of("variables", Map.of("proposalId", Map.of("value", otherId),
                        "amendmentKind", Map.of("value", "sua-doi"), "targetStt", Map.of("value", "4.1"),
                        "newTiming", Map.of("value", "Ghi đè đề xuất của đơn vị khác"),
                        "reason", Map.of("value", "Thử ghi đè đề xuất của đơn vị khác."))));
        assertRefused(forged, 400, "proposalId");
        ResponseEntity<String> variableWrite = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.PUT,
                "/engine-rest/task/" + revise.getId() + "/variables/proposalId", Map.of("value", otherId));
        assertRefused(variableWrite, 403, null);
        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);

        // A proposalId variable put there by an administrator changes nothing either: the business key decides.
        runtimeService.setVariable(revise.getProcessInstanceId(), "proposalId", otherId);
        reporting.as(DemoUsers.officerOf(COMMUNE), () -> taskService.complete(revise.getId(), Map.of(
                "amendmentKind", "sua-doi", "targetStt", "4.1", "newTiming", "Hằng năm, trước ngày 15/12",
                "reason", "Đã chỉnh theo ý kiến của lãnh đạo.")));
        assertThat(proposalRow(other)).isEqualTo(otherBefore);
        assertThat(proposalRow(own)).contains("Hằng năm, trước ngày 15/12");
    }

    @Test
    void anOfficerCannotMoveTheirDeadlineOutOfTheOverdueFilter() {
        String round = openRound();
        Task draft = reporting.draftTask(round, COMMUNE);
        Map<String, String> before = EngineState.snapshot(jdbc);

        assertRefused(rest(DemoUsers.officerOf(COMMUNE), HttpMethod.PUT,
                "/engine-rest/task/" + draft.getId() + "/variables/deadline",
                Map.of("value", "2099-12-31T00:00:00.000+0700", "type", "Date")), 403, null);
        assertRefused(rest(DemoUsers.officerOf(COMMUNE), HttpMethod.PUT, "/engine-rest/task/" + draft.getId(),
                Map.of("name", draft.getName(), "due", "2099-12-31T00:00:00.000+0700")), 403, null);
        assertThatThrownBy(() -> reporting.as(DemoUsers.officerOf(COMMUNE),
                () -> taskService.setVariable(draft.getId(), "deadline", new java.util.Date(4102444800000L))))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("không có quyền");

        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate())
                .isEqualTo(draft.getDueDate());
    }

    @Test
    void theConsolidatorCannotForgeASubmissionByWritingVariablesOrJumpingTheProcess() {
        String round = openRound();
        Task draft = reporting.draftTask(round, COMMUNE);
        String instance = draft.getProcessInstanceId();
        Map<String, String> before = EngineState.snapshot(jdbc);

        assertRefused(rest(DemoUsers.CONSOLIDATOR, HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("items", Map.of("value", "[]", "type", "Json")))), 403, null);
        assertRefused(rest(DemoUsers.CONSOLIDATOR, HttpMethod.POST, "/engine-rest/process-instance/" + instance
                + "/modification", Map.of("skipCustomListeners", true, "instructions", List.of(
                        Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSubmission"),
                        Map.of("type", "cancel", "activityId", "SubProcess_Reporting")))), 403, null);
        assertThatThrownBy(() -> reporting.as(DemoUsers.CONSOLIDATOR, () -> runtimeService
                .createProcessInstanceModification(instance).startBeforeActivity("Task_RecordSubmission").execute()))
                .isInstanceOf(AuthorizationException.class);

        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);
        assertThat(submissions(round, COMMUNE)).isZero();
    }

    @Test
    void ubndCannotCorrelateADecisionByHandAndTheRealDecisionStillWorks() throws Exception {
        closeOpenBatches();
        String key = propose(COMMUNE, "Đề xuất chờ Ủy ban nhân dân tỉnh quyết định");
        reporting.as(DemoUsers.leaderOf(COMMUNE), () -> taskService.complete(task(key, "Task_LeaderReviewProposal").getId(),
                Map.of("approvalDecision", "duyet")));
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(task(key, "Task_BranchReview").getId(),
                Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Đồng ý trình Ủy ban nhân dân tỉnh.")));
        String batch = jdbc.sql("select b.batch_key from kehoach.amendment_batch b join kehoach.amendment_proposal p "
                + "on p.batch_id = b.id where p.proposal_key = ?").param(key).query(String.class).single();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(task(batch, "Task_SubmitBatch").getId(),
                Map.of("submitConfirmed", true)));
        Map<String, String> before = EngineState.snapshot(jdbc);

        assertRefused(rest(DemoUsers.PROVINCE_OFFICER, HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "Msg_ProposalDecided", "businessKey", key)), 403, null);
        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);

        Task decide = task(batch, "Task_DecideProposals");
        JsonValue rows = taskService.getVariableTyped(decide.getId(), "decisions");
        var json = new ObjectMapper();
        var decided = json.readTree(rows.getValueSerialized());
        decided.forEach(row -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("decision", "khong-chap-thuan");
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("note", "Chưa phù hợp với nguồn vốn năm nay.");
        });
        Map<String, Object> decision = new HashMap<>();
        decision.put("decisions", SpinValues.jsonValue(decided.toString()).create());
        decision.put("decisionNumber", "45/QĐ-UBND");
        decision.put("decisionDate", LocalDate.now().toString());
        reporting.as(DemoUsers.PROVINCE_OFFICER, () -> taskService.complete(decide.getId(), decision));
        assertThat(task(key, "Task_AcknowledgeOutcome")).as("the proposal learnt UBND tỉnh's decision").isNotNull();
    }

    @Test
    void aTaskGoesOnlyToAMemberOfItsUnitAndNeverToAFormula() {
        String round = openRound();
        Task draft = reporting.draftTask(round, COMMUNE);
        Map<String, String> before = EngineState.snapshot(jdbc);

        assertRefused(rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/assignee",
                Map.of("userId", "=HYPERLINK(\"http://evil.example\";\"x\"),x")), 403, null);
        assertRefused(rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/assignee",
                Map.of("userId", DemoUsers.officerOf(OTHER_COMMUNE))), 403, null);
        assertRefused(rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/claim",
                Map.of("userId", DemoUsers.officerOf(OTHER_COMMUNE))), 403, null);
        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);

        ResponseEntity<String> claimed = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/claim", Map.of("userId", DemoUsers.officerOf(COMMUNE)));
        assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee())
                .isEqualTo(DemoUsers.officerOf(COMMUNE));
    }

    @Test
    void anOversizedSubmissionIsRefusedBeforeItIsStored() {
        String round = openRound();
        Task draft = reporting.draftTask(round, COMMUNE);
        Map<String, String> before = EngineState.snapshot(jdbc);
        String fifteenMegabytes = "[\"" + "x".repeat(15 * 1024 * 1024) + "\"]";

        ResponseEntity<String> huge = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/complete",
                Map.of("variables", Map.of("items", Map.of("value", fifteenMegabytes, "type", "Json"))));
        assertRefused(huge, 413, null);
        ResponseEntity<String> oversizedText = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/complete",
                Map.of("variables", Map.of("generalComment", Map.of("value", "y".repeat(600_000)))));
        assertRefused(oversizedText, 400, null);
        ResponseEntity<String> serializedObject = rest(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/complete",
                Map.of("variables", Map.of("generalComment", Map.of("value", "{}", "type", "Object",
                        "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
                                "serializationDataFormat", "application/json")))));
        assertRefused(serializedObject, 400, null);
        assertThat(EngineState.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void controlCharactersAreStrippedFromSingleLineText() {
        String key = propose(COMMUNE, "Đề xuất có ký tự điều khiển");
        leaderReturns(COMMUNE, key);
        reporting.as(DemoUsers.officerOf(COMMUNE), () -> taskService.complete(task(key, "Task_ReviseProposal").getId(),
                Map.of("amendmentKind", "sua-doi", "targetStt", "4.1", "newTiming", "Trước\u0007 ngày\r\n 31/12\u0000",
                        "reason", "Dòng một\nDòng hai\u0001.")));
        String row = proposalRow(key);
        assertThat(row).contains("Trước ngày 31/12").doesNotContain("\u0007", "\u0000", "\u0001");
    }

    // ---- helpers ----

    private String openRound() {
        String round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(COMMUNE, OTHER_COMMUNE),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        rounds.add(round);
        return round;
    }

    private void draft(String round, String unitId, String text) {
        Task draft = reporting.draftTask(round, unitId);
        Map<String, Object> report = reporting.filledReport(draft.getId(), text);
        reporting.as(DemoUsers.officerOf(unitId), () -> taskService.complete(draft.getId(), report));
    }

    private int submissions(String round, String unitId) {
        return jdbc.sql("select count(*) from kehoach.submission s join kehoach.report_round r on r.id = s.round_id "
                + "where r.round_key = ? and s.unit_id = ?").params(round, unitId).query(Integer.class).single();
    }

    private String propose(String unitId, String reason) {
        String key = reporting.as(DemoUsers.officerOf(unitId), () -> runtimeService.startProcessInstanceByKey(
                "amendment-request", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                        "newTiming", "Hằng năm, trước ngày 31/12", "reason", reason)).getBusinessKey());
        proposals.add(key);
        return key;
    }

    private void leaderReturns(String unitId, String key) {
        reporting.as(DemoUsers.leaderOf(unitId), () -> taskService.complete(task(key, "Task_LeaderReviewProposal").getId(),
                Map.of("approvalDecision", "tra-lai", "returnReason", "Cần nêu rõ thời hạn.")));
    }

    private Task task(String businessKey, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private long proposalId(String key) {
        return jdbc.sql("select id from kehoach.amendment_proposal where proposal_key = ?").param(key).query(Long.class).single();
    }

    private String proposalRow(String key) {
        return jdbc.sql("select p::text from kehoach.amendment_proposal p where proposal_key = ?").param(key)
                .query(String.class).single();
    }

    private void closeOpenBatches() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("amendment-consolidation").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true));
        jdbc.sql("update kehoach.amendment_batch set status = 'DA_QUYET_DINH' where status = 'MO'").update();
    }

    private ResponseEntity<String> rest(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return http.exchange(url, method, new HttpEntity<>(new ObjectMapper().writeValueAsString(body), headers),
                    String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refused with the status, a Vietnamese message without engine internals, naming the field if given. */
    private static void assertRefused(ResponseEntity<String> response, int status, String field) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        String message = AuthorizationMatrixIT.message(response);
        assertThat(message).containsPattern(VIETNAMESE).doesNotContain("Exception", "ENGINE-", "Cannot ");
        if (field != null) {
            assertThat(message).contains(field);
        }
    }
}

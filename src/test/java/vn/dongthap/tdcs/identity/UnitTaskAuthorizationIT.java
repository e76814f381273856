package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import vn.dongthap.tdcs.PostgresIntegrationTest;

/** Officers and leaders reach only their own unit's tasks, through the Java API and /engine-rest. */
@PostgresIntegrationTest
class UnitTaskAuthorizationIT {

    private static final String COMMUNE = "xa-my-tho";
    private static final String OTHER_COMMUNE = "phuong-my-tho";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    @Autowired
    ReportingTestSupport reporting;

    String businessKey;
    Task ownTask;
    Task otherTask;

    /** A real ad-hoc round asking the two communes whose names differ only by a diacritic. */
    @BeforeEach
    void openARoundForTwoCommunes() {
        businessKey = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(COMMUNE, OTHER_COMMUNE),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        ownTask = reporting.draftTask(businessKey, COMMUNE);
        otherTask = reporting.draftTask(businessKey, OTHER_COMMUNE);
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        reporting.purgeRound(businessKey);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(businessKey + "%").count())
                .isZero();
    }

    @Test
    void anOfficerSeesAndCompletesOnlyTheirOwnUnitsTasksThroughTheJavaApi() {
        authenticate(DemoUsers.officerOf(COMMUNE));

        List<Task> visible = taskService.createTaskQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(businessKey + "%").list();
        assertThat(visible).extracting(Task::getId).containsExactly(ownTask.getId());
        Map<String, Object> otherReport = asAdmin(() -> reporting.filledReport(otherTask.getId(), "Báo cáo giả mạo"));
        assertThatThrownBy(() -> taskService.complete(otherTask.getId(), otherReport))
                .isInstanceOf(AuthorizationException.class);

        Map<String, Object> ownReport = asAdmin(() -> reporting.filledReport(ownTask.getId(), "Đã quán triệt kế hoạch"));
        taskService.complete(ownTask.getId(), ownReport);
        identityService.clearAuthentication();
        assertThat(reporting.draftTask(businessKey, OTHER_COMMUNE)).isNotNull();
        assertThat(reporting.approvalTask(businessKey, COMMUNE)).isNotNull();
    }

    /**
     * The engine checks with the user's groups unfiltered (AuthorizationGroupsPlugin): a group that holds no
     * authorization, or another unit's name typed as a group that is not the user's, changes nothing.
     */
    @Test
    void theUsersGroupsAreCheckedAsTheyAreWithTheSameResults() {
        org.camunda.bpm.engine.impl.interceptor.Command<Object> manager = context -> context.getAuthorizationManager();
        Object engineManager = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) org.camunda.bpm.engine
                .ProcessEngines.getDefaultProcessEngine().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(manager);
        assertThat(engineManager).isInstanceOf(AuthorizationGroupsPlugin.UnfilteredGroupsAuthorizationManager.class);
        String officer = DemoUsers.officerOf(COMMUNE);
        List<String> groups = new java.util.ArrayList<>(identityService.createGroupQuery().groupMember(officer).list()
                .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        groups.add("nhom-khong-co-quyen");
        identityService.setAuthentication(officer, groups);
        assertThat(taskService.createTaskQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(businessKey + "%").list()).extracting(Task::getId)
                .containsExactly(ownTask.getId());
        assertThat(taskService.createTaskQuery().taskId(otherTask.getId()).count()).isZero();
    }

    @Test
    void aLeaderApprovesOnlyForTheirOwnUnit() {
        completeDraftAsAdmin(ownTask);
        completeDraftAsAdmin(otherTask);
        Task ownApproval = approvalOf(COMMUNE);
        Task otherApproval = approvalOf(OTHER_COMMUNE);

        authenticate(DemoUsers.leaderOf(COMMUNE));
        assertThat(taskService.createTaskQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(businessKey + "%").list())
                .extracting(Task::getId).containsExactly(ownApproval.getId());
        assertThatThrownBy(() -> taskService.complete(otherApproval.getId(), Map.of("approvalDecision", "duyet")))
                .isInstanceOf(AuthorizationException.class);
        taskService.complete(ownApproval.getId(), Map.of("approvalDecision", "duyet"));

        authenticate(DemoUsers.officerOf(OTHER_COMMUNE));
        assertThatThrownBy(() -> taskService.complete(otherApproval.getId(), Map.of("approvalDecision", "duyet")))
                .as("an officer cannot approve in the leader's place")
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void engineRestRequiresALogin() {
        ResponseEntity<String> anonymous = http.getForEntity("/engine-rest/task", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Another user, so that no test shares its login throttle count (platform.login.LoginThrottle).
        ResponseEntity<String> wrongPassword = call(DemoUsers.officerOf("xa-ba-sao"), "sai-mat-khau", HttpMethod.GET,
                "/engine-rest/task", null, String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestAppliesTheSameAuthorizationsAsTasklist() {
        String officer = DemoUsers.officerOf(COMMUNE);

        ResponseEntity<TaskDto[]> tasks = call(officer, HttpMethod.GET,
                "/engine-rest/task?processDefinitionKey=unit-report&processInstanceBusinessKeyLike={key}", null, TaskDto[].class, businessKey + "%");
        assertThat(tasks.getStatusCode()).as(tasks.toString()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).extracting(TaskDto::id).containsExactly(ownTask.getId());

        ResponseEntity<String> completeOther = call(officer, HttpMethod.POST, "/engine-rest/task/{id}/complete",
                restBody(otherTask), String.class, otherTask.getId());
        assertThat(completeOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(otherTask.getId()).count()).isEqualTo(1);

        ResponseEntity<String> completeOwn = call(officer, HttpMethod.POST, "/engine-rest/task/{id}/complete",
                restBody(ownTask), String.class, ownTask.getId());
        assertThat(completeOwn.getStatusCode()).as(completeOwn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void managersReadEveryTaskButCannotCompleteAny() {
        String manager = DemoUsers.MANAGER;
        ResponseEntity<TaskDto[]> tasks = call(manager, HttpMethod.GET,
                "/engine-rest/task?processDefinitionKey=unit-report&processInstanceBusinessKeyLike={key}", null, TaskDto[].class, businessKey + "%");
        assertThat(tasks.getBody()).extracting(TaskDto::id)
                .containsExactlyInAnyOrder(ownTask.getId(), otherTask.getId());
        ResponseEntity<String> history = call(manager, HttpMethod.GET,
                "/engine-rest/history/process-instance?processInstanceBusinessKeyLike={key}", null, String.class,
                businessKey + "%");
        assertThat(history.getBody()).contains(businessKey + "/" + COMMUNE, businessKey + "/" + OTHER_COMMUNE);

        ResponseEntity<String> complete = call(manager, HttpMethod.POST, "/engine-rest/task/{id}/complete",
                restBody(ownTask), String.class, ownTask.getId());
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void invalidInputThroughRestIsRefusedInVietnameseAndNothingIsStored() {
        String blankResult = restBody(ownTask).replaceFirst("Báo cáo qua REST \\(nhiệm vụ 1\\.1\\)", "  ");
        ResponseEntity<String> empty = call(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/{id}/submit-form", blankResult, String.class, ownTask.getId());
        assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("Nhiệm vụ 1.1: chưa nhập \\\"Kết quả thực hiện\\\".");
        ResponseEntity<String> missing = call(DemoUsers.officerOf(COMMUNE), HttpMethod.POST,
                "/engine-rest/task/{id}/complete", "{\"variables\":{\"items\":{\"value\":\"[]\",\"type\":\"Json\"}}}",
                String.class, ownTask.getId());
        assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("Danh sách nhiệm vụ không khớp");
        assertThat(taskService.createTaskQuery().taskId(ownTask.getId()).count()).isEqualTo(1);
        assertThat(reporting.formJson(ownTask.getId(), "items")).doesNotContain("da-hoan-thanh");

        completeDraftAsAdmin(ownTask);
        Task approval = approvalOf(COMMUNE);
        String leader = DemoUsers.leaderOf(COMMUNE);
        ResponseEntity<String> noReason = call(leader, HttpMethod.POST, "/engine-rest/task/{id}/submit-form",
                "{\"variables\":{\"approvalDecision\":{\"value\":\"tra-lai\"}}}", String.class, approval.getId());
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("Lý do trả lại");
        ResponseEntity<String> absurd = call(leader, HttpMethod.POST, "/engine-rest/task/{id}/submit-form",
                "{\"variables\":{\"approvalDecision\":{\"value\":\"xoa-het\"}}}", String.class, approval.getId());
        assertThat(absurd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtimeService.getVariable(ownTask.getProcessInstanceId(), "approvalDecision")).isNull();
    }

    @Test
    void webappApiKeepsCsrfProtection() {
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, form("username=" + DemoUsers.officerOf(COMMUNE) + "&password=" + password), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
    }

    @Test
    void healthIsPublicAndNothingSensitiveIsExposed() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        for (String endpoint : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump")) {
            assertThat(http.getForEntity(endpoint, String.class).getStatusCode()).as(endpoint).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void thePlanApiRequiresALogin() {
        assertThat(http.getForEntity("/api/units", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> units = call(DemoUsers.officerOf(COMMUNE), HttpMethod.GET, "/api/units", null, String.class);
        assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(units.getBody()).contains("Ủy ban nhân dân xã Mỹ Thọ");
        ResponseEntity<String> missing = call(DemoUsers.officerOf(COMMUNE), HttpMethod.GET, "/api/units/khong-co", null,
                String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("Không tìm thấy", "Không có đơn vị mã \\\"khong-co\\\".");
        ResponseEntity<String> badId = call(DemoUsers.officerOf(COMMUNE), HttpMethod.GET, "/api/plan/versions/abc", null,
                String.class);
        assertThat(badId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badId.getBody()).contains("Tham số \\\"id\\\" không hợp lệ: abc");
    }

    private void completeDraftAsAdmin(Task draft) {
        identityService.clearAuthentication();
        taskService.complete(draft.getId(), reporting.filledReport(draft.getId(), "Nội dung báo cáo đầy đủ"));
    }

    private Task approvalOf(String unitId) {
        return reporting.approvalTask(businessKey, unitId);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        var current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    /** A complete, valid report for the task as a REST body ({"variables": {...}}), as Tasklist would send it. */
    private String restBody(Task task) {
        Map<String, Object> report = asAdmin(() -> reporting.filledReport(task.getId(), "Báo cáo qua REST"));
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        report.forEach((name, value) -> variables.put(name,
                value instanceof org.camunda.spin.plugin.variable.value.JsonValue json
                        ? Map.of("value", json.getValueSerialized(), "type", "Json")
                        : Map.of("value", value)));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", variables));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void authenticate(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(userId, groups);
    }

    private <T> ResponseEntity<T> call(String user, HttpMethod method, String url, String jsonBody, Class<T> type,
                                       Object... uriVariables) {
        return call(user, password, method, url, jsonBody, type, uriVariables);
    }

    /** HTTP Basic sent up front, as scripts and other systems do (no challenge round trip). */
    private <T> ResponseEntity<T> call(String user, String userPassword, HttpMethod method, String url, String jsonBody,
                                       Class<T> type, Object... uriVariables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, userPassword, java.nio.charset.StandardCharsets.UTF_8);
        if (jsonBody != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(url, method, new HttpEntity<>(jsonBody, headers), type, uriVariables);
    }

    private static HttpEntity<String> form(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(body, headers);
    }

    record TaskDto(String id, String name) {
    }
}

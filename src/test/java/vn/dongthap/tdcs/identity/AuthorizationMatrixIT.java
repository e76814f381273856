package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Every role × every action on one unit's report (xã Mỹ Thọ), through /engine-rest and /api, and the engine's
 * writes again through the Java services. A refused
 * attempt must answer the expected status with a Vietnamese message and leave the application's tables
 * and the engine's state exactly as they were. Reads that are allowed must succeed.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final String COMMUNE = "xa-my-tho";
    static final String OTHER_COMMUNE = "phuong-my-tho";

    /** Who tries; "own" is xã Mỹ Thọ, whose report is the target. */
    enum Role {
        OFFICER(DemoUsers.officerOf(COMMUNE)),
        OFFICER_OF_OTHER_UNIT(DemoUsers.officerOf(OTHER_COMMUNE)),
        LEADER(DemoUsers.leaderOf(COMMUNE)),
        LEADER_OF_OTHER_UNIT(DemoUsers.leaderOf(OTHER_COMMUNE)),
        CONSOLIDATOR(DemoUsers.CONSOLIDATOR),
        BRANCH_LEADER(DemoUsers.leaderOf("nhcsxh-tinh")),
        PROVINCE(DemoUsers.PROVINCE_OFFICER),
        MANAGER(DemoUsers.MANAGER),
        ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    static final int ALLOWED_ELSEWHERE = -1;
    static final Set<Role> WATCHERS = EnumSet.of(Role.CONSOLIDATOR, Role.BRANCH_LEADER, Role.PROVINCE, Role.MANAGER,
            Role.ADMIN);
    static final Set<Role> WATCHERS_AND_LEADERS = EnumSet.of(Role.CONSOLIDATOR, Role.BRANCH_LEADER, Role.PROVINCE,
            Role.MANAGER, Role.ADMIN, Role.LEADER, Role.LEADER_OF_OTHER_UNIT);
    static final Set<Role> TASK_READERS = EnumSet.of(Role.OFFICER, Role.CONSOLIDATOR, Role.MANAGER, Role.ADMIN);

    /** A request against the target, and what each role gets (roles absent from the map: 403). */
    record Action(String name, Function<Target, Request> request, Map<Role, Integer> expected, boolean writes) {

        int expectedFor(Role role) {
            return expected.getOrDefault(role, 403);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Request(HttpMethod method, String url, Object body, MediaType type) {
    }

    /** The report every action aims at. */
    record Target(String roundKey, String taskId, String processInstanceId) {
    }

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String demoPassword;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    Target target;

    @BeforeAll
    void openRoundForTwoCommunes() {
        String roundKey = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(COMMUNE, OTHER_COMMUNE),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        Task draft = reporting.draftTask(roundKey, COMMUNE);
        target = new Target(roundKey, draft.getId(), draft.getProcessInstanceId());
    }

    @AfterAll
    void purge() {
        reporting.purgeRound(target.roundKey());
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : actions()) {
            for (Role role : Role.values()) {
                // An administrator may do every write; the matrix only proves the reads, the others are refusals.
                if (action.writes() && role == Role.ADMIN || action.expectedFor(role) == ALLOWED_ELSEWHERE) {
                    continue;
                }
                cases.add(Arguments.of(role, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} – {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsWorkNeeds(Role role, Action action) {
        Request request = action.request().apply(target);
        Map<String, String> before = EngineState.snapshot(jdbc);

        ResponseEntity<String> response = send(role, request);

        int expected = action.expectedFor(role);
        assertThat(response.getStatusCode().value()).as("%s %s → %s", role, action, response.getBody())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(message(response)).as("Vietnamese message for %s %s", role, action)
                    .containsPattern("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]")
                    .doesNotContain("Exception", "ENGINE-", "Cannot ");
        }
        if (expected >= 400 || !action.writes()) {
            assertThat(EngineState.snapshot(jdbc)).as("nothing changed after %s %s", role, action).isEqualTo(before);
        }
    }

    /** The same writes through the engine's Java services, as code running for a logged-in user would call them. */
    record JavaAction(String name, java.util.function.BiConsumer<org.camunda.bpm.engine.ProcessEngine, Target> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> javaMatrix() {
        List<JavaAction> calls = List.of(
                new JavaAction("TaskService.setVariable", (e, t) -> e.getTaskService().setVariable(t.taskId(), "deadline",
                        new java.util.Date(4102444800000L))),
                new JavaAction("RuntimeService.setVariable", (e, t) -> e.getRuntimeService()
                        .setVariable(t.processInstanceId(), "unitId", OTHER_COMMUNE)),
                new JavaAction("TaskService.complete với biến ngoài biểu mẫu", (e, t) -> e.getTaskService()
                        .complete(t.taskId(), Map.of("unitId", OTHER_COMMUNE))),
                new JavaAction("TaskService.setAssignee", (e, t) -> e.getTaskService().setAssignee(t.taskId(), "=1+2")),
                new JavaAction("RuntimeService.correlateMessage", (e, t) -> e.getRuntimeService()
                        .createMessageCorrelation("Msg_RoundClosed").processInstanceId(t.processInstanceId()).correlate()),
                new JavaAction("RuntimeService.signalEventReceived", (e, t) -> e.getRuntimeService()
                        .signalEventReceived("Tín hiệu giả")),
                new JavaAction("RuntimeService.createProcessInstanceModification", (e, t) -> e.getRuntimeService()
                        .createProcessInstanceModification(t.processInstanceId())
                        .startBeforeActivity("Task_RecordSubmission").execute()),
                new JavaAction("RuntimeService.suspendProcessInstanceById", (e, t) -> e.getRuntimeService()
                        .suspendProcessInstanceById(t.processInstanceId())),
                new JavaAction("RuntimeService.deleteProcessInstance", (e, t) -> e.getRuntimeService()
                        .deleteProcessInstance(t.processInstanceId(), "giả mạo")),
                new JavaAction("TaskService.saveTask (việc rời)", (e, t) -> e.getTaskService()
                        .saveTask(e.getTaskService().newTask())),
                new JavaAction("IdentityService.createMembership", (e, t) -> e.getIdentityService()
                        .createMembership(DemoUsers.officerOf(COMMUNE), "camunda-admin")));
        List<Arguments> cases = new ArrayList<>();
        for (JavaAction call : calls) {
            for (Role role : Role.values()) {
                if (role != Role.ADMIN) {
                    cases.add(Arguments.of(role, call));
                }
            }
        }
        return cases.stream();
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @ParameterizedTest(name = "{0} – {1}")
    @MethodSource("javaMatrix")
    void theJavaServicesRefuseTheSameWrites(Role role, JavaAction call) {
        Map<String, String> before = EngineState.snapshot(jdbc);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> reporting.as(role.user,
                () -> call.call().accept(engine, target)));

        assertThat(refused).as("%s %s", role, call).isInstanceOfAny(org.camunda.bpm.engine.AuthorizationException.class,
                org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class);
        assertThat(vn.dongthap.tdcs.platform.Refusal.in(refused)).as("a refusal with a Vietnamese message").isPresent();
        assertThat(vn.dongthap.tdcs.platform.Refusal.in(refused).orElseThrow().message())
                .containsPattern("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]");
        assertThat(EngineState.snapshot(jdbc)).as("nothing changed after %s %s", role, call).isEqualTo(before);
    }

    static List<Action> actions() {
        return List.of(
                read("đọc công việc", t -> get("/engine-rest/task/" + t.taskId()), only(TASK_READERS, 200, 404)),
                read("đọc biến của công việc", t -> get("/engine-rest/task/" + t.taskId() + "/variables"),
                        only(TASK_READERS, 200, 403)),
                write("nhận việc thay người khác", t -> json(HttpMethod.POST, "/engine-rest/task/" + t.taskId() + "/claim",
                        Map.of("userId", DemoUsers.officerOf(OTHER_COMMUNE)))),
                write("giao việc cho người ngoài đơn vị (công thức trong tên)", t -> json(HttpMethod.POST,
                        "/engine-rest/task/" + t.taskId() + "/assignee",
                        Map.of("userId", "=HYPERLINK(\"http://evil.example\";\"x\"),x"))),
                write("hoàn thành kèm biến ngoài biểu mẫu", t -> json(HttpMethod.POST,
                        "/engine-rest/task/" + t.taskId() + "/complete",
                        Map.of("variables", Map.of("unitId", Map.of("value", OTHER_COMMUNE)))),
                        Map.of(Role.OFFICER, 400)),
                write("ghi biến của công việc (dời hạn)", t -> json(HttpMethod.PUT,
                        "/engine-rest/task/" + t.taskId() + "/variables/deadline",
                        Map.of("value", "2099-12-31T00:00:00.000+0700", "type", "Date"))),
                write("sửa công việc (hạn, tên)", t -> json(HttpMethod.PUT, "/engine-rest/task/" + t.taskId(),
                        Map.of("name", "Đã sửa", "due", "2099-12-31T00:00:00.000+0700")),
                        only(TASK_READERS, 403, 404)),
                write("ghi biến của quy trình", t -> json(HttpMethod.POST,
                        "/engine-rest/process-instance/" + t.processInstanceId() + "/variables",
                        Map.of("modifications", Map.of("unitId", Map.of("value", OTHER_COMMUNE))))),
                write("gửi thông điệp (message)", t -> json(HttpMethod.POST, "/engine-rest/message",
                        Map.of("messageName", "Msg_RoundClosed", "processInstanceId", t.processInstanceId()))),
                write("phát tín hiệu (signal)", t -> json(HttpMethod.POST, "/engine-rest/signal",
                        Map.of("name", "Tín hiệu giả"))),
                write("sửa luồng quy trình (modification)", t -> json(HttpMethod.POST,
                        "/engine-rest/process-instance/" + t.processInstanceId() + "/modification",
                        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                                "activityId", "Task_RecordSubmission"))))),
                write("xóa quy trình", t -> new Request(HttpMethod.DELETE,
                        "/engine-rest/process-instance/" + t.processInstanceId(), null, null)),
                write("tạm dừng quy trình", t -> json(HttpMethod.PUT,
                        "/engine-rest/process-instance/" + t.processInstanceId() + "/suspended", Map.of("suspended", true))),
                write("đặt lại số lần thử của job", t -> json(HttpMethod.POST, "/engine-rest/process-instance/job-retries",
                        Map.of("processInstances", List.of(t.processInstanceId()), "retries", 5))),
                write("triển khai quy trình", t -> deployment()),
                write("tạo người dùng", t -> json(HttpMethod.POST, "/engine-rest/user/create",
                        Map.of("profile", Map.of("id", "ke-gia-mao", "firstName", "Kẻ", "lastName", "Giả mạo"),
                                "credentials", Map.of("password", "Mat-khau-gia-mao-1")))),
                write("tự thêm mình vào nhóm quản trị", t -> new Request(HttpMethod.PUT,
                        "/engine-rest/group/camunda-admin/members/" + DemoUsers.officerOf(COMMUNE), null, null)),
                write("khởi tạo đề xuất với mã hồ sơ tự đặt", t -> json(HttpMethod.POST,
                        "/engine-rest/process-definition/key/amendment-request/start",
                        Map.of("businessKey", "DX-2026-9999")),
                        Map.of(Role.OFFICER, 400, Role.OFFICER_OF_OTHER_UNIT, 400, Role.LEADER, 400,
                                Role.LEADER_OF_OTHER_UNIT, 400, Role.CONSOLIDATOR, 400, Role.BRANCH_LEADER, 400,
                                Role.PROVINCE, 400, Role.MANAGER, 400)),
                // A unit's leader gets the dashboard with their own unit's row only (DashboardIT checks the rows).
                read("bảng theo dõi kỳ báo cáo", t -> get("/api/dashboard/rounds/" + t.roundKey()), only(WATCHERS_AND_LEADERS, 200, 403)),
                read("dòng của đơn vị trên bảng theo dõi", t -> get("/api/dashboard/rounds/" + t.roundKey() + "/units/" + COMMUNE),
                        only(union(WATCHERS, Role.LEADER), 200, 403)),
                read("tải CSV tình trạng", t -> get("/api/dashboard/rounds/" + t.roundKey() + "/csv"), only(WATCHERS_AND_LEADERS, 200, 403)),
                read("tải báo cáo Word (chưa lập)", t -> get("/api/rounds/" + t.roundKey() + "/documents/word"),
                        only(WATCHERS, 404, 403)),
                read("tải báo cáo Excel (chưa lập)", t -> get("/api/rounds/" + t.roundKey() + "/documents/excel"),
                        only(WATCHERS, 404, 403)),
                read("đọc hộp thư đi", t -> get("/api/notifications"), only(EnumSet.of(Role.MANAGER, Role.ADMIN), 200, 403)),
                write("gửi lại các thư đã hết lượt thử", t -> json(HttpMethod.POST, "/api/notifications/resend", Map.of())),
                read("số liệu giám sát (Prometheus)", t -> get("/actuator/prometheus"), only(EnumSet.of(Role.MANAGER, Role.ADMIN), 200, 403)),
                read("xem trước việc chuyển quy trình sang phiên bản mới", t -> get("/api/admin/process-migrations/unit-report"),
                        only(EnumSet.of(Role.ADMIN), 200, 403)),
                write("chuyển quy trình sang phiên bản mới", t -> json(HttpMethod.POST, "/api/admin/process-migrations/unit-report",
                        Map.of())),
                write("tải tệp báo cáo lên cho đơn vị khác", t -> upload(t.roundKey(), COMMUNE),
                        Map.of(Role.OFFICER, ALLOWED_ELSEWHERE, Role.LEADER, ALLOWED_ELSEWHERE)));
    }

    // ---- building the matrix ----

    private static Action read(String name, Function<Target, Request> request, Map<Role, Integer> expected) {
        return new Action(name, request, expected, false);
    }

    private static Action write(String name, Function<Target, Request> request) {
        return new Action(name, request, Map.of(), true);
    }

    /** Roles mapped to ALLOWED_ELSEWHERE may do it: that case is left to the feature's own tests (it changes data). */
    private static Action write(String name, Function<Target, Request> request, Map<Role, Integer> expected) {
        return new Action(name, request, expected, true);
    }

    private static Map<Role, Integer> only(Set<Role> allowed, int allowedStatus, int refusedStatus) {
        Map<Role, Integer> expected = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            expected.put(role, allowed.contains(role) ? allowedStatus : refusedStatus);
        }
        return expected;
    }

    private static Set<Role> union(Set<Role> roles, Role extra) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }

    private static Request get(String url) {
        return new Request(HttpMethod.GET, url, null, null);
    }

    private static Request json(HttpMethod method, String url, Object body) {
        return new Request(method, url, body, MediaType.APPLICATION_JSON);
    }

    private static Request deployment() {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", "gia-mao");
        parts.add("data", new ByteArrayResource(("<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/"
                + "20100524/MODEL\" targetNamespace=\"x\"><process id=\"gia-mao\" isExecutable=\"true\"/></definitions>")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "gia-mao.bpmn";
            }
        });
        return new Request(HttpMethod.POST, "/engine-rest/deployment/create", parts, MediaType.MULTIPART_FORM_DATA);
    }

    private static Request upload(String roundKey, String unitId) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public String getFilename() {
                return "bao-cao.pdf";
            }
        });
        return new Request(HttpMethod.POST, "/api/rounds/" + roundKey + "/units/" + unitId + "/attachments", parts,
                MediaType.MULTIPART_FORM_DATA);
    }

    // ---- sending ----

    private ResponseEntity<String> send(Role role, Request request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(role.user, role == Role.ADMIN ? adminPassword : demoPassword, StandardCharsets.UTF_8);
        headers.set("X-Requested-With", "XMLHttpRequest");
        headers.setAcceptLanguageAsLocales(List.of(java.util.Locale.forLanguageTag("vi")));
        if (request.type() != null) {
            headers.setContentType(request.type());
        }
        Object body = request.body();
        if (body != null && MediaType.APPLICATION_JSON.equals(request.type())) {
            body = toJson(body);
        }
        return http.exchange(request.url(), request.method(), new HttpEntity<>(body, headers), String.class);
    }

    /** The message a person reads: Camunda's "message" or the problem detail of /api. */
    static String message(ResponseEntity<String> response) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
            return json.hasNonNull("message") ? json.get("message").asText() : json.path("detail").asText("");
        } catch (Exception e) {
            return String.valueOf(response.getBody());
        }
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dongthap.tdcs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;
import vn.dongthap.tdcs.reporting.UnitReportModel;

/**
 * A round opened on one version of unit-report; a corrected version with an extra step is deployed; the running
 * reports keep their version until an administrator moves them (dry run first), then complete on the new version,
 * with no submission lost.
 */
@PostgresIntegrationTest
class ProcessMigrationIT {

    private static final String EXTRA_STEP = "Task_CheckBeforeApproval";
    private static final List<String> UNITS = List.of("xa-tan-hong", "xa-my-tho", "phuong-my-tho");

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Value("${app.demo.password}")
    String password;

    String round;
    Deployment corrected;

    @BeforeEach
    void roundOnTheCurrentVersion() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, LocalDate.now().plusDays(20).toString()).getBusinessKey();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
    }

    @AfterEach
    void removeTheCorrectedVersion() {
        reporting.purgeRound(round);
        if (corrected != null) {
            repository.deleteDeployment(corrected.getId(), true);
        }
    }

    @Test
    void runningReportsMoveToTheCorrectedVersionAndCompleteThere() throws Exception {
        ProcessDefinition original = latestUnitReport();
        corrected = repository.createDeployment().name("unit-report (sửa)")
                .addModelInstance("unit-report.bpmn", withCheckBeforeApproval(repository.getBpmnModelInstance(original.getId())))
                .deploy();
        ProcessDefinition next = latestUnitReport();
        assertThat(next.getVersion()).isGreaterThan(original.getVersion());
        assertThat(instancesOf(original)).as("running reports keep their version").isEqualTo(3);

        JsonNode preview = json(exchange("GET", "admin", adminPassword));
        assertThat(preview.get("targetVersion").asInt()).isEqualTo(next.getVersion());
        JsonNode older = find(preview.get("olderVersions"), original.getVersion());
        assertThat(older.get("instances").asLong()).as("two drafting, one submitted (and what other tests left)")
                .isGreaterThanOrEqualTo(3);
        assertThat(older.get("movable").asBoolean()).isTrue();
        assertThat(older.get("waitingAt").toString()).contains("Soạn báo cáo");
        assertThat(instancesOf(original)).as("a dry run moves nothing").isEqualTo(3);

        assertThat(exchange("GET", DemoUsers.CONSOLIDATOR, password).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("POST", DemoUsers.MANAGER, password).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("GET", "admin", adminPassword, "khong-co-quy-trinh").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode moved = json(exchange("POST", "admin", adminPassword));
        assertThat(find(moved.get("versions"), original.getVersion()).get("moved").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(instancesOf(original)).isZero();
        assertThat(instancesOf(next)).isEqualTo(3);
        long movedAgain = 0;
        for (JsonNode version : json(exchange("POST", "admin", adminPassword)).get("versions")) {
            movedAgain += version.get("moved").asLong();
        }
        assertThat(movedAgain).as("a second run moves nothing").isZero();

        reporting.submit(round, "xa-my-tho", DemoUsers.officerOf("xa-my-tho"), DemoUsers.leaderOf("xa-my-tho"));
        String reportOnNewVersion = runtime.createProcessInstanceQuery().processInstanceBusinessKey(round + "/xa-my-tho")
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(reportOnNewVersion)
                .activityId(EXTRA_STEP).count()).as("the new step ran").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from kehoach.submission s join kehoach.report_round r on r.id = s.round_id"
                + " where r.round_key = ?").param(round).query(Long.class).single())
                .as("the submission made before the move and the one after").isEqualTo(2);
    }

    /** The corrected model: a step (a manual task, passed at once) between the draft and the leader's approval. */
    private static BpmnModelInstance withCheckBeforeApproval(BpmnModelInstance model) {
        BpmnModelInstance copy = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(Bpmn.convertToString(model)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Task approval = copy.getModelElementById(UnitReportModel.TASK_APPROVE_REPORT);
        SequenceFlow incoming = approval.getIncoming().iterator().next();
        ManualTask check = copy.newInstance(ManualTask.class);
        check.setId(EXTRA_STEP);
        check.setName("Kiểm tra trước khi trình lãnh đạo");
        approval.getParentElement().addChildElement(check);
        incoming.setTarget(check);
        SequenceFlow onward = copy.newInstance(SequenceFlow.class);
        onward.setId("Flow_CheckToApproval");
        approval.getParentElement().addChildElement(onward);
        onward.setSource(check);
        onward.setTarget(approval);
        return copy;
    }

    private ProcessDefinition latestUnitReport() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY).latestVersion()
                .singleResult();
    }

    private long instancesOf(ProcessDefinition definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId())
                .processInstanceBusinessKeyLike(round + "/%").count();
    }

    private ResponseEntity<String> exchange(String method, String user, String userPassword) {
        return exchange(method, user, userPassword, UnitReportModel.PROCESS_KEY);
    }

    private ResponseEntity<String> exchange(String method, String user, String userPassword, String processKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        return http.withBasicAuth(user, userPassword).exchange("/api/admin/process-migrations/" + processKey,
                org.springframework.http.HttpMethod.valueOf(method), new HttpEntity<>(headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    private static JsonNode find(JsonNode versions, int version) {
        for (JsonNode v : versions) {
            if (v.get("version").asInt() == version) {
                return v;
            }
        }
        throw new AssertionError("no version " + version + " in " + versions);
    }

}

package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;
import vn.dongthap.tdcs.reporting.RoundOpening;

/**
 * Refusals reach people as a 4xx with only the Vietnamese message, the same through /engine-rest and through
 * the webapps' engine API that Tasklist uses, and leave one log line instead of an ERROR with a stack trace.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalResponsesIT {

    private static final int YEAR = LocalDate.now().getYear() + 1;
    private static final String ANNUAL_ROUND = "BC-NAM-" + YEAR;
    private static final String DUPLICATE_YEAR = "Kỳ báo cáo hằng năm " + YEAR + " đã được mở (" + ANNUAL_ROUND
            + "). Mỗi năm chỉ có một kỳ báo cáo định kỳ.";
    private static final String START_BODY = "{\"variables\":{\"reportYear\":{\"value\":" + YEAR + ",\"type\":\"Long\"}}}";
    private static final String UNIT = "xa-tam-nong";
    private static final String OTHER_UNIT = "xa-phong-hoa";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RoundOpening opening;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Value("${app.demo.password}")
    String password;
    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();
    String adhocRound;

    @BeforeEach
    void anAnnualRoundIsOpenForNextYear() {
        reporting.purgeRound(ANNUAL_ROUND);
        opening.openAnnual(YEAR, null, null, DemoUsers.CONSOLIDATOR);
    }

    @AfterEach
    void cleanUp() {
        reporting.purgeRound(ANNUAL_ROUND);
        if (adhocRound != null) {
            reporting.purgeRound(adhocRound);
        }
    }

    @Test
    void aSecondRoundForTheSameYearThroughEngineRestIsA400WithOnlyTheVietnameseMessage(CapturedOutput output) {
        long roundsBefore = annualRoundInstances();
        for (String endpoint : List.of("start", "submit-form")) {
            String path = "/engine-rest/process-definition/key/annual-report-cycle/" + endpoint;
            ResponseEntity<String> response = basic(DemoUsers.CONSOLIDATOR, HttpMethod.POST, path, START_BODY);

            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
            assertThat(message(response.getBody())).isEqualTo(DUPLICATE_YEAR);
            assertThat(response.getBody()).doesNotContain("Cannot", "annual-report-cycle:");
            assertThat(logLines(output, "Từ chối POST " + path + " của tonghop: 400 " + DUPLICATE_YEAR)).isEqualTo(1);
        }
        assertThat(annualRoundInstances()).isEqualTo(roundsBefore);
        assertNoErrorLogged(output);
    }

    @Test
    void theSameRefusalThroughTasklistsEngineApi(CapturedOutput output) throws Exception {
        WebappSession tasklist = WebappSession.loginToTasklist(baseUrl(), DemoUsers.CONSOLIDATOR, password);
        String path = "/camunda/api/engine/engine/default/process-definition/key/annual-report-cycle/submit-form";

        HttpResponse<String> response = tasklist.postJson(path, START_BODY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response.body())).isEqualTo(DUPLICATE_YEAR);
        assertThat(json.readTree(response.body()).path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(logLines(output, "Từ chối POST " + path + " của tonghop: 400 " + DUPLICATE_YEAR)).isEqualTo(1);
        assertNoErrorLogged(output);
    }

    @Test
    void anInvalidDraftIsA400WithOnlyTheVietnameseMessage(CapturedOutput output) throws Exception {
        Task draft = draftOf(UNIT);
        String blankResult = reportBody(draft, "  ");

        ResponseEntity<String> rest = basic(DemoUsers.officerOf(UNIT), HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/submit-form", blankResult);
        HttpResponse<String> tasklist = WebappSession.loginToTasklist(baseUrl(), DemoUsers.officerOf(UNIT), password)
                .postJson("/camunda/api/engine/engine/default/task/" + draft.getId() + "/submit-form", blankResult);

        assertThat(rest.getStatusCode().value()).isEqualTo(400);
        assertThat(message(rest.getBody())).matches("Nhiệm vụ [0-9.]+: chưa nhập \"Kết quả thực hiện\"\\.");
        assertThat(tasklist.statusCode()).isEqualTo(400);
        assertThat(message(tasklist.body())).isEqualTo(message(rest.getBody()));
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
        assertNoErrorLogged(output);
    }

    /**
     * Two officers complete the same draft: the first one's transaction has written the completion but not committed
     * when the second request arrives, so the second waits on its row lock and then finds the task changed under it.
     */
    @Test
    void theLoserOfARaceOnOneTaskGetsA409ThenA404InVietnamese(CapturedOutput output) throws Exception {
        Task draft = draftOf(UNIT);
        String officer = DemoUsers.officerOf(UNIT);
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Người thứ nhất");
        String secondReport = reportBody(draft, "Người thứ hai");
        String thirdReport = reportBody(draft, "Người thứ ba");
        CountDownLatch winnerWrote = new CountDownLatch(1);
        CountDownLatch loserWaits = new CountDownLatch(1);
        CompletableFuture<Void> winner = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
                reporting.as(officer, () -> {
                    taskService.complete(draft.getId(), report);
                    winnerWrote.countDown();
                    await(loserWaits);
                })));
        assertThat(winnerWrote.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<ResponseEntity<String>> loser = CompletableFuture.supplyAsync(() -> basic(officer, HttpMethod.POST,
                "/engine-rest/task/" + draft.getId() + "/submit-form", secondReport));
        waitUntilASessionWaitsForALock();
        loserWaits.countDown();
        winner.get(30, TimeUnit.SECONDS);
        ResponseEntity<String> lost = loser.get(30, TimeUnit.SECONDS);

        assertThat(lost.getStatusCode().value()).as(lost.getBody()).isEqualTo(409);
        assertThat(message(lost.getBody())).isEqualTo("Công việc này vừa được người khác xử lý. Hãy tải lại danh sách việc.");
        assertThat(reporting.approvalTask(adhocRound, UNIT)).isNotNull();
        assertThat(taskService.getVariable(reporting.approvalTask(adhocRound, UNIT).getId(), "items").toString())
                .contains("Người thứ nhất").doesNotContain("Người thứ hai");

        ResponseEntity<String> late = basic(officer, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/complete",
                thirdReport);
        assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(404);
        assertThat(message(late.getBody()))
                .isEqualTo("Công việc này không còn: đã được xử lý hoặc đã bị hủy. Hãy tải lại danh sách việc.");
        assertThat(late.getBody()).doesNotContain(draft.getId());
        assertNoErrorLogged(output);
    }

    @Test
    void theEnginesEnglishAuthorizationMessageBecomesVietnamese(CapturedOutput output) {
        Task otherDraft = draftOf(OTHER_UNIT);
        String path = "/engine-rest/process-instance/" + otherDraft.getProcessInstanceId() + "/variables";

        ResponseEntity<String> response = basic(DemoUsers.officerOf(UNIT), HttpMethod.GET, path, null);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(message(response.getBody())).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        assertThat(response.getBody()).doesNotContain(otherDraft.getProcessInstanceId(), "does not have", "permission");
        assertThat(output.getAll()).contains("WARN").contains("Từ chối GET " + path + " của " + DemoUsers.officerOf(UNIT)
                + ": 403 Bạn không có quyền thực hiện thao tác này.");
        assertNoErrorLogged(output);
    }

    @Test
    void aRealEngineErrorIsStillLoggedAsAnErrorWithItsStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> runtimeService.getVariable(null, "reportYear"))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(output.getAll()).contains(" ERROR ", "ENGINE-16004", "\tat org.camunda.bpm.engine.");
    }

    private Task draftOf(String unitId) {
        if (adhocRound == null) {
            adhocRound = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(UNIT, OTHER_UNIT),
                    LocalDate.now().plusDays(20).toString()).getBusinessKey();
        }
        return reporting.draftTask(adhocRound, unitId);
    }

    /** The draft's report as Tasklist submits it, every result set to the given text. */
    private String reportBody(Task draft, String result) {
        Map<String, Object> report = reporting.filledReport(draft.getId(), "x");
        Map<String, Object> variables = new LinkedHashMap<>();
        report.forEach((name, value) -> variables.put(name, value instanceof JsonValue items
                ? Map.of("value", items.getValueSerialized().replaceAll("\"result\":\"x \\(nhiệm vụ [^\"]*\\)\"",
                        "\"result\":\"" + result + "\""), "type", "Json")
                : Map.of("value", value)));
        try {
            return json.writeValueAsString(Map.of("variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilASessionWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                + "and wait_event_type = 'Lock'").query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second completion never waited for the first one's lock");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the second completion did not arrive");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long annualRoundInstances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("annual-report-cycle").count();
    }

    private ResponseEntity<String> basic(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private String message(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node.path("message").asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static long logLines(CapturedOutput output, String text) {
        return output.getAll().lines().filter(line -> line.contains(text)).count();
    }

    private static void assertNoErrorLogged(CapturedOutput output) {
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ") || line.contains("ENGINE-16004")))
                .as("a user's mistake is not a system error").isEmpty();
        assertThat(output.getAll()).doesNotContain("\tat org.camunda.");
    }
}

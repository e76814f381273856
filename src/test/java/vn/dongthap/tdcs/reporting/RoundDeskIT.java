package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;

/**
 * The consolidator's desk over the engine's REST API, as Tasklist uses it: the figures are those of the moment
 * the form is read, closing is refused without the confirmation of how many units have not submitted (or with a
 * count that is no longer true), and a round whose deadline has passed is not opened without a new deadline.
 */
@PostgresIntegrationTest
class RoundDeskIT {

    private static final List<String> UNITS = List.of("xa-tan-hong", "phuong-my-tho", "so-tai-chinh");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ReportRounds rounds;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    private final ObjectMapper json = new ObjectMapper();
    private String round;

    @AfterEach
    void purge() {
        ClockUtil.reset();
        if (round != null) {
            reporting.purgeRound(round);
        }
    }

    @Test
    void theDeskShowsTheFiguresOfTheMomentItIsOpened() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, LocalDate.now().plusDays(20).toString())
                .getBusinessKey();
        Task desk = monitoringTask();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));

        // no "Cập nhật tình hình" completion in between: reading the form is enough
        JsonNode variables = formVariables(desk.getId());
        assertThat(variables.path("roundSummary").path("value").asText())
                .contains("Tổng số đơn vị: 3", "Đã nộp đúng hạn: 1", "Đang soạn: 2");
        assertThat(variables.path("notSubmittedCount").path("value").asInt()).isEqualTo(2);
        assertThat(variables.path("closeConfirmationOptions").path("value").asText())
                .contains("\"value\":\"2\"", "khi còn 2 đơn vị chưa nộp báo cáo");
        assertThat(variables.path("dashboardLink").path("value").asText()).isEqualTo("/bang-theo-doi.html?round=" + round);
        assertThat(variables.path("submittedUnits").path("value").asText()).contains("Xã Tân Hồng")
                .doesNotContain("\"label\":\"xa-tan-hong");

        reporting.submit(round, "so-tai-chinh", DemoUsers.officerOf("so-tai-chinh"), DemoUsers.leaderOf("so-tai-chinh"));
        assertThat(formVariables(desk.getId()).path("notSubmittedCount").path("value").asInt()).isEqualTo(1);
    }

    @Test
    void closingNeedsTheConfirmedCountOfUnitsNotSubmitted() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, LocalDate.now().plusDays(20).toString())
                .getBusinessKey();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
        String desk = monitoringTask().getId();

        ResponseEntity<String> unconfirmed = submitForm(desk, Map.of("roundAction", "dong-ky"));
        assertThat(unconfirmed.getStatusCode().is4xxClientError()).as(unconfirmed.toString()).isTrue();
        assertThat(unconfirmed.getBody()).contains("Chưa xác nhận đóng kỳ báo cáo: còn 2 đơn vị chưa nộp báo cáo");

        // she confirmed 3 when the desk showed 3; one unit has submitted since
        ResponseEntity<String> outdated = submitForm(desk, Map.of("roundAction", "dong-ky", "closeConfirmation", "3"));
        assertThat(outdated.getStatusCode().is4xxClientError()).isTrue();
        assertThat(outdated.getBody()).contains("nay còn 2 đơn vị chưa nộp");
        assertThat(rounds.closeRequested(rounds.findByKey(round).orElseThrow().id())).isFalse();
        assertThat(monitoringTask().getId()).as("the desk is still open").isEqualTo(desk);

        ResponseEntity<String> confirmed = submitForm(desk, Map.of("roundAction", "dong-ky", "closeConfirmation", "2"));
        assertThat(confirmed.getStatusCode().is2xxSuccessful()).as(confirmed.toString()).isTrue();
        assertThat(rounds.closeRequested(rounds.findByKey(round).orElseThrow().id())).isTrue();
    }

    @Test
    void aRoundWhoseDeadlineHasPassedOpensOnlyWithANewDeadline() throws Exception {
        int year = 2026;
        round = "BC-NAM-" + year;
        reporting.purgeRound(round);
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 11, 16).atTime(9, 0).atZone(VIETNAM).toInstant()));

        ResponseEntity<String> regimeDeadline = startForm("annual-report-cycle", Map.of("reportYear", year));
        assertThat(regimeDeadline.getStatusCode().is4xxClientError()).as(regimeDeadline.toString()).isTrue();
        assertThat(regimeDeadline.getBody()).contains("Hạn nộp của kỳ báo cáo năm 2026 theo chế độ báo cáo là 05/10/2026, đã qua",
                "Nhập \\\"Hạn nộp thay thế\\\" là một ngày từ hôm nay (16/11/2026) trở đi");

        ResponseEntity<String> pastOverride = startForm("annual-report-cycle",
                Map.of("reportYear", year, "deadlineOverride", "2026-11-13"));
        assertThat(pastOverride.getStatusCode().is4xxClientError()).isTrue();
        assertThat(pastOverride.getBody()).contains("Hạn nộp 13/11/2026 đã qua");
        assertThat(rounds.findAnnual(year)).isEmpty();

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reportKind", "dot-xuat");
        request.put("topic", "Kiểm thử hạn nộp đã qua");
        request.put("requestedDeadline", "2026-11-10");
        ResponseEntity<String> pastRequest = startForm("adhoc-report-request", request);
        assertThat(pastRequest.getStatusCode().is4xxClientError()).isTrue();
        // the unit list is checked first; give one and the deadline is what is refused
        request.put("unitIds", List.of("xa-tan-hong"));
        pastRequest = startForm("adhoc-report-request", request);
        assertThat(pastRequest.getBody()).contains("Hạn nộp 10/11/2026 đã qua");
    }

    private Task monitoringTask() {
        return taskService.createTaskQuery().processInstanceBusinessKey(round).taskDefinitionKey("Task_MonitorRound")
                .singleResult();
    }

    private JsonNode formVariables(String taskId) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(DemoUsers.CONSOLIDATOR, password)
                .getForEntity("/engine-rest/task/{id}/form-variables?deserializeValues=false", String.class, taskId);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> submitForm(String taskId, Map<String, Object> values) throws Exception {
        return http.withBasicAuth(DemoUsers.CONSOLIDATOR, password)
                .postForEntity("/engine-rest/task/{id}/submit-form", body(values), String.class, taskId);
    }

    private ResponseEntity<String> startForm(String processKey, Map<String, Object> values) throws Exception {
        return http.withBasicAuth(DemoUsers.CONSOLIDATOR, password)
                .postForEntity("/engine-rest/process-definition/key/{key}/submit-form", body(values), String.class,
                        processKey);
    }

    private HttpEntity<String> body(Map<String, Object> values) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = entry.getValue();
            variables.put(entry.getKey(), value instanceof List<?> list
                    ? Map.of("value", json.writeValueAsString(list), "type", "Json")
                    : value instanceof Integer number ? Map.of("value", number, "type", "Long") : Map.of("value", value));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers);
    }
}

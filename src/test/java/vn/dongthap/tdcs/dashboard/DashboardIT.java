package vn.dongthap.tdcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.ResponseEntity;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** The dashboard's data match the round's state; a unit leader sees only their own unit. */
@PostgresIntegrationTest
class DashboardIT {

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    String round;

    @BeforeEach
    void roundInProgress() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "xa-my-tho", "phuong-my-tho"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
        Task draft = reporting.draftTask(round, "xa-my-tho");
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Chờ lãnh đạo");
        reporting.as(DemoUsers.officerOf("xa-my-tho"), () -> taskService.complete(draft.getId(), report));
    }

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void managersSeeEveryUnitWithItsStatus() throws Exception {
        JsonNode view = json(get(DemoUsers.MANAGER, "/api/dashboard/rounds/" + round));
        Map<String, String> statuses = new HashMap<>();
        view.get("units").forEach(u -> statuses.put(u.get("unitId").asText(), u.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
                "xa-tan-hong", "da-nop-dung-han", "xa-my-tho", "cho-lanh-dao-duyet", "phuong-my-tho", "dang-soan"));
        assertThat(view.get("counts").get("da-nop-dung-han").asInt()).isEqualTo(1);
        assertThat(view.get("total").asInt()).isEqualTo(3);
        assertThat(view.get("submissionsByDay")).hasSize(1);
        JsonNode waiting = find(view, "xa-my-tho");
        // by the group's name, never its id ("xa-my-tho.lanh-dao")
        assertThat(waiting.get("holder").asText()).isEqualTo("Lãnh đạo – Xã Mỹ Thọ");
        assertThat(waiting.get("taskId").asText()).isEqualTo(reporting.approvalTask(round, "xa-my-tho").getId());

        ResponseEntity<String> csv = get(DemoUsers.CONSOLIDATOR, "/api/dashboard/rounds/" + round + "/csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("\"xa-tan-hong\",\"Xã Tân Hồng\",\"Xã\",\"Đã nộp đúng hạn\"")
                .contains("\"phuong-my-tho\",\"Phường Mỹ Tho\",\"Phường\",\"Đang soạn\"");
    }

    @Test
    void aFormulaInACellOfTheCsvStaysText() {
        String formula = "=HYPERLINK(\"http://evil.example\";\"x\"),x";
        // the holder column shows the assignee's name: a name an administrator typed as a formula
        String user = "kiem-thu-cong-thuc";
        org.camunda.bpm.engine.identity.User officer = identityService.newUser(user);
        officer.setFirstName(formula);
        identityService.saveUser(officer);
        try {
            taskService.setAssignee(reporting.draftTask(round, "phuong-my-tho").getId(), user);
            assertCsvKeepsFormulaAsText(formula);
        } finally {
            identityService.deleteUser(user);
        }
    }

    private void assertCsvKeepsFormulaAsText(String formula) {

        ResponseEntity<String> csv = get(DemoUsers.MANAGER, "/api/dashboard/rounds/" + round + "/csv");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = csv.getBody().lines().toList();
        List<String> header = csvFields(lines.get(0));
        int holder = header.indexOf("Người/nhóm đang giữ việc");
        assertThat(holder).isEqualTo(7);
        String line = lines.stream().filter(l -> l.startsWith("\"phuong-my-tho\"")).findFirst().orElseThrow();
        List<String> cells = csvFields(line);
        assertThat(cells).hasSize(header.size());
        assertThat(cells.get(holder)).isEqualTo("'" + formula);
        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\"),x\"");
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnit() throws Exception {
        JsonNode own = json(get(DemoUsers.leaderOf("xa-my-tho"), "/api/dashboard/rounds/" + round));
        assertThat(own.get("units")).hasSize(1);
        assertThat(own.get("units").get(0).get("unitId").asText()).isEqualTo("xa-my-tho");

        ResponseEntity<String> other = get(DemoUsers.leaderOf("xa-my-tho"), "/api/dashboard/rounds/" + round + "/units/xa-tan-hong");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).contains("chỉ xem được tình hình của đơn vị mình");
        assertThat(get(DemoUsers.leaderOf("xa-my-tho"), "/api/dashboard/rounds/" + round + "/units/xa-my-tho").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get(DemoUsers.officerOf("xa-my-tho"), "/api/dashboard/rounds/" + round).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/dashboard/rounds/" + round, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The fields of one RFC 4180 line, as a spreadsheet reads them. */
    private static List<String> csvFields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    private static JsonNode find(JsonNode view, String unitId) {
        for (JsonNode unit : view.get("units")) {
            if (unit.get("unitId").asText().equals(unitId)) {
                return unit;
            }
        }
        throw new AssertionError(unitId);
    }
}

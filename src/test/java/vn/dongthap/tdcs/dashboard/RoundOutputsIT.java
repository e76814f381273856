package vn.dongthap.tdcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.reporting.ReportFigures;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.ReportRounds;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.UnitStates;

/**
 * One round, every output: a unit has the same state label in the dashboard JSON, the CSV, the Word report and
 * the Excel workbook; every figure the plan declares reaches all four in Vietnamese number format.
 */
@PostgresIntegrationTest
class RoundOutputsIT {

    private static final String ON_TIME = "xa-tan-hong";
    private static final String LATE = "so-tai-chinh";
    private static final String RETURNED = "xa-my-tho";
    private static final String MISSING = "phuong-my-tho";
    private static final List<String> UNITS = List.of(ON_TIME, LATE, RETURNED, MISSING);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRounds rounds;
    @Autowired
    UnitStates states;
    @Autowired
    ReportFigures figures;
    @Autowired
    vn.dongthap.tdcs.reporting.Submissions submissions;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    String round;
    LocalDate deadline;

    @BeforeEach
    void roundWithEveryKindOfUnit() {
        deadline = LocalDate.now().plusDays(20);
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, deadline.toString()).getBusinessKey();
        submit(ON_TIME);
        submit(RETURNED);
        monitor(Map.of("roundAction", "tra-lai", "returnUnitId", RETURNED,
                "consolidatorReturnReason", "Bổ sung kết quả nhiệm vụ 4.3."));
        ClockUtil.setCurrentTime(Date.from(deadline.plusDays(3).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()));
        submit(LATE);
    }

    @AfterEach
    void purge() {
        ClockUtil.reset();
        reporting.purgeRound(round);
    }

    @Test
    void aUnitHasTheSameLabelInTheDashboardCsvWordAndExcel() throws Exception {
        // while the round is open
        Map<String, String> expectedOpen = Map.of(ON_TIME, "Đã nộp đúng hạn", LATE, "Nộp muộn",
                RETURNED, "Bị trả lại, chưa nộp lại", MISSING, "Đang soạn");
        assertThat(dashboardLabels()).isEqualTo(expectedOpen);
        assertThat(csvLabels()).isEqualTo(expectedOpen);
        // who holds the open work, by the group's name, never its id
        assertThat(row(json(get("/api/dashboard/rounds/" + round)), MISSING).get("holder").asText())
                .startsWith("Cán bộ – ").doesNotContain(MISSING);
        monitor(Map.of("roundAction", "cap-nhat")); // the monitoring task counts when it is created
        assertThat(taskService.getVariable(monitoringTask().getId(), "roundSummary").toString())
                .contains("Bị trả lại, chưa nộp lại: 1", "Nộp muộn: 1", "Đã nộp đúng hạn: 1", "Đang soạn: 1");

        monitor(reporting.closeRound(round));
        reporting.executeJobsOf(round);

        // after closing: the same vocabulary, computed once, in all four outputs
        Map<String, String> expectedClosed = Map.of(ON_TIME, "Đã nộp đúng hạn", LATE, "Nộp muộn",
                RETURNED, "Bị trả lại, không nộp lại", MISSING, "Không nộp");
        ReportRound closed = rounds.findByKey(round).orElseThrow();
        Map<String, String> model = new HashMap<>();
        states.of(closed).forEach(s -> model.put(s.unit().unitId(), s.state().label()));
        assertThat(model).isEqualTo(expectedClosed);
        assertThat(dashboardLabels()).isEqualTo(expectedClosed);
        assertThat(csvLabels()).isEqualTo(expectedClosed);
        assertThat(excelLabels(download("excel"))).isEqualTo(expectedClosed);

        byte[] word = download("word");
        Map<String, String> wordLabels = wordNotOnTimeLabels(word);
        assertThat(wordLabels).isEqualTo(Map.of(name(LATE), "Nộp muộn", name(RETURNED), "Bị trả lại, không nộp lại",
                name(MISSING), "Không nộp"));
        assertThat(wordText(word)).contains("- Tổng số đơn vị phải báo cáo: 4 đơn vị, trong đó:",
                "+ Đã nộp đúng hạn: 1 đơn vị;", "+ Nộp muộn: 1 đơn vị;",
                "+ Bị trả lại, không nộp lại: 1 đơn vị;", "+ Không nộp: 1 đơn vị.");
    }

    @Test
    void everyDeclaredFigureAppearsInTheDashboardCsvWordAndExcel() throws Exception {
        monitor(reporting.closeRound(round));
        reporting.executeJobsOf(round);
        ReportRound closed = rounds.findByKey(round).orElseThrow();
        List<PlanViews.Figure> declared = figures.declared(closed.planVersionId());
        assertThat(declared).isNotEmpty();

        JsonNode view = json(get("/api/dashboard/rounds/" + round));
        List<String> csv = get("/api/dashboard/rounds/" + round + "/csv").getBody().lines().toList();
        byte[] wordDocument = download("word");
        Sheet excel = new XSSFWorkbook(new ByteArrayInputStream(download("excel"))).getSheet("Tình trạng đơn vị");
        DataFormatter format = new DataFormatter();

        for (PlanViews.Figure figure : declared) {
            String unitId = UNITS.stream().filter(u -> figures.askedOf(closed.planVersionId(), u).contains(figure))
                    .filter(u -> !u.equals(MISSING)).findFirst()
                    .orElseThrow(() -> new AssertionError("no unit of the test round is asked " + figure.key()));
            String column = figure.label() + " (" + figure.unit() + ")";
            String text = sampleText(figure.decimals());
            System.out.println("FIGURE " + column + ": " + name(unitId) + " = " + text);

            assertThat(view.get("figures").findValuesAsText("label")).contains(figure.label());
            assertThat(row(view, unitId).get("figures").findValuesAsText("text")).contains(text);

            assertThat(csv.get(0)).contains("\"" + column + "\"");
            assertThat(csv.stream().filter(l -> l.startsWith("\"" + unitId + "\"")).findFirst().orElseThrow())
                    .contains("\"" + text + "\"");

            // the Word report gives the total of the standing reports (the returned one does not count), which
            // must be the sum of what the units submitted
            List<vn.dongthap.tdcs.reporting.Submissions.Submission> standing = submissions.latest(closed.id()).stream()
                    .filter(s -> !s.unitId().equals(RETURNED) && s.figures().get(figure.key()) != null).toList();
            java.math.BigDecimal total = standing.stream().map(s -> s.figures().get(figure.key()))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertThat(total).isPositive();
            assertThat(wordFigureRow(wordDocument, column)).containsExactly(String.valueOf(standing.size()),
                    vn.dongthap.tdcs.documents.DocumentFormats.number(total, figure.decimals()));

            int col = -1;
            for (var cell : excel.getRow(0)) {
                if (cell.getStringCellValue().equals(column)) {
                    col = cell.getColumnIndex();
                }
            }
            assertThat(col).as("Excel column " + column).isPositive();
            for (Row row : excel) {
                if (unitId.equals(format.formatCellValue(row.getCell(1)))) {
                    assertThat(row.getCell(col).getNumericCellValue())
                            .isEqualTo(Double.parseDouble(text.replace(".", "").replace(',', '.')));
                }
            }
        }
    }

    /** ReportingTestSupport submits 1500.5 cut to the figure's decimals: as Vietnamese writes it. */
    private static String sampleText(int decimals) {
        return decimals == 0 ? "1.500" : "1.500," + "5" + "0".repeat(decimals - 1);
    }

    private void submit(String unitId) {
        reporting.submit(round, unitId, DemoUsers.officerOf(unitId), DemoUsers.leaderOf(unitId));
    }

    private Task monitoringTask() {
        return taskService.createTaskQuery().processInstanceBusinessKey(round).taskDefinitionKey("Task_MonitorRound")
                .singleResult();
    }

    private void monitor(Map<String, Object> action) {
        String taskId = monitoringTask().getId();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(taskId, action));
    }

    private String name(String unitId) throws Exception {
        return row(json(get("/api/dashboard/rounds/" + round)), unitId).get("unitName").asText();
    }

    private Map<String, String> dashboardLabels() throws Exception {
        Map<String, String> labels = new HashMap<>();
        JsonNode view = json(get("/api/dashboard/rounds/" + round));
        view.get("units").forEach(u -> labels.put(u.get("unitId").asText(), u.get("statusLabel").asText()));
        // the page's legend and filter are the model's vocabulary, sent by the server
        boolean open = "DANG_MO".equals(view.get("roundStatus").asText());
        assertThat(view.get("states").findValuesAsText("label")).containsExactlyElementsOf(
                UnitState.all().stream().filter(s -> s.possibleWhen(open)).map(UnitState::label).toList());
        return labels;
    }

    private Map<String, String> csvLabels() {
        Map<String, String> labels = new HashMap<>();
        List<String> lines = get("/api/dashboard/rounds/" + round + "/csv").getBody().lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\",\"");
            labels.put(cells[0].replace("\"", "").replace("\uFEFF", ""), cells[3]);
        }
        return labels;
    }

    private static Map<String, String> excelLabels(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            Map<String, String> labels = new HashMap<>();
            for (Row row : workbook.getSheet("Tình trạng đơn vị")) {
                String unitId = format.formatCellValue(row.getCell(1));
                if (UNITS.contains(unitId)) {
                    labels.put(unitId, format.formatCellValue(row.getCell(4)));
                }
            }
            return labels;
        }
    }

    /** "Số đơn vị báo cáo" and "Tổng số" of a figure in the Word report's table of totals ("STT", "Chỉ tiêu", ...). */
    private static List<String> wordFigureRow(byte[] docx, String label) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                if (table.getRow(0).getTableCells().size() == 4 && table.getRow(0).getCell(1).getText().equals("Chỉ tiêu")) {
                    for (XWPFTableRow row : table.getRows()) {
                        if (row.getCell(1).getText().equals(label)) {
                            return List.of(row.getCell(2).getText(), row.getCell(3).getText());
                        }
                    }
                }
            }
            throw new AssertionError("no total for " + label);
        }
    }

    /** Unit name → state label, from the table of units not on time ("STT", "Đơn vị", "Tình trạng", ...). */
    private static Map<String, String> wordNotOnTimeLabels(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<String, String> labels = new HashMap<>();
            for (XWPFTable table : document.getTables()) {
                List<String> header = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
                if (header.size() > 2 && header.get(2).equals("Tình trạng")) {
                    for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                        labels.put(row.getCell(1).getText(), row.getCell(2).getText());
                    }
                }
            }
            return labels;
        }
    }

    private static String wordText(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private byte[] download(String kind) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.CONSOLIDATOR, password);
        ResponseEntity<byte[]> response = http.exchange("/api/rounds/{key}/documents/{kind}", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class, round, kind);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.MANAGER, password);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return new ObjectMapper().readTree(response.getBody());
    }

    private static JsonNode row(JsonNode view, String unitId) {
        for (JsonNode unit : view.get("units")) {
            if (unit.get("unitId").asText().equals(unitId)) {
                return unit;
            }
        }
        throw new AssertionError(unitId);
    }
}

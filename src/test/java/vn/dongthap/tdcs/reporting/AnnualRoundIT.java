package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
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

/** A whole annual round for the real province, on PostgreSQL, driven as the officers would drive it. */
@PostgresIntegrationTest
class AnnualRoundIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ROUND = "BC-NAM-2026";

    @Autowired
    vn.dongthap.tdcs.notification.OutboxDelivery outboxDelivery;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRounds rounds;
    @Autowired
    Submissions submissions;
    @Autowired
    UnitStates states;
    @Autowired
    RoundOpening opening;
    @Autowired
    TestRestTemplate http;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    RoundDispatches dispatches;

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
            new com.icegreen.greenmail.junit5.GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP);
    @Value("${app.demo.password}")
    String password;

    @BeforeEach
    void beforeTheDeadline() {
        reporting.purgeRound(ROUND);
        reporting.purgeRound("BC-NAM-2027");
        setClock(2026, 9, 1, 9);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWholeProvinceRoundFromOpeningToDispatch() throws Exception {
        openAnnualRound(2026, null);
        ReportRound round = rounds.findByKey(ROUND).orElseThrow();
        assertThat(round.deadline()).isEqualTo(LocalDate.of(2026, 10, 5)); // 04/10/2026 is a Sunday
        assertThat(round.deadlineOverridden()).isFalse();
        assertThat(round.dataCutoff()).isEqualTo(LocalDate.of(2026, 9, 30));

        // every reporting unit has exactly one draft task, for its own officers, due at the end of 05/10/2026
        List<UnitInRound> units = rounds.units(round.id());
        List<String> expectedUnits = opening.reportingUnits(round.planVersionId());
        assertThat(units).extracting(UnitInRound::unitId).containsExactlyElementsOf(expectedUnits);
        assertThat(expectedUnits).hasSize(120).contains("xa-my-tho", "phuong-my-tho", "so-tai-chinh", "nhcsxh-tinh",
                "mttq-tinh", "tinh-doan");
        List<Task> drafts = taskService.createTaskQuery().processInstanceBusinessKeyLike(ROUND + "/%")
                .taskDefinitionKey("Task_DraftReport").list();
        assertThat(drafts).hasSize(expectedUnits.size());
        // units that must report (III.1: departments, communes, the branch) have the deadline as due date; the Front
        // and the four political-social organisations, only invited (III.3), have a task marked "không bắt buộc"
        // with no due date: it can never be overdue
        List<String> invited = List.of("mttq-tinh", "hoi-lhpn-tinh", "hoi-nong-dan-tinh", "hoi-ccb-tinh", "tinh-doan");
        assertThat(units).filteredOn(UnitInRound::invited).extracting(UnitInRound::unitId)
                .containsExactlyInAnyOrderElementsOf(invited);
        assertThat(expectedUnits).doesNotContain("ubnd-tinh", "nhnn-viet-nam", "nhnn-kv13", "bdd-hdqt-nhcsxh");
        Date due = Date.from(ZonedDateTime.of(2026, 10, 5, 23, 59, 59, 0, VIETNAM).toInstant());
        Map<String, Long> tasksPerGroup = drafts.stream().peek(t -> {
                    boolean optional = invited.stream().anyMatch(u -> candidateGroup(t.getId()).equals(u + ".can-bo"));
                    assertThat(t.getDueDate()).isEqualTo(optional ? null : due);
                    assertThat(t.getName()).startsWith("Soạn báo cáo năm 2026 – ");
                    assertThat(t.getName().endsWith(" (không bắt buộc)")).as(t.getName()).isEqualTo(optional);
                })
                .map(t -> candidateGroup(t.getId())).collect(Collectors.groupingBy(g -> g, Collectors.counting()));
        assertThat(tasksPerGroup).hasSize(expectedUnits.size()).allSatisfy((group, count) -> assertThat(count).isEqualTo(1));
        assertThat(tasksPerGroup).containsKeys("xa-my-tho.can-bo", "phuong-my-tho.can-bo", "so-tai-chinh.can-bo");

        // the draft lists exactly the unit's own plan items
        // the figures asked follow the plan items' flags: Sở Y tế leads 2.2 (poor fund), not 4.1, 4.2 (budget)
        assertThat(reporting.formJson(reporting.draftTask(ROUND, "so-y-te").getId(), "askedFigures"))
                .isEqualTo("[\"poorFundContribution\"]");
        assertThat(reporting.formJson(reporting.draftTask(ROUND, "xa-my-tho").getId(), "askedFigures"))
                .isEqualTo("[\"budgetEntrusted\",\"poorFundContribution\"]");
        // Ủy ban MTTQ tỉnh reports the Quỹ "Vì người nghèo" it runs (item 2.2 names it); the organisations do not
        assertThat(reporting.formJson(reporting.draftTask(ROUND, "mttq-tinh").getId(), "askedFigures"))
                .isEqualTo("[\"poorFundContribution\"]");
        assertThat(reporting.formJson(reporting.draftTask(ROUND, "hoi-nong-dan-tinh").getId(), "askedFigures"))
                .isEqualTo("[]");
        assertThat(reporting.formJson(reporting.draftTask(ROUND, "mttq-tinh").getId(), "items"))
                .contains("\"stt\":\"2.1\"").doesNotContain("\"stt\":\"4.1\"");

        // what the forms show about the round and the draft's rows are read when the form loads (from the round
        // table and the plan register), not stored in each unit report: its one variable is the unit's name
        Task commune = reporting.draftTask(ROUND, "xa-my-tho");
        assertThat(runtimeService.getVariables(commune.getProcessInstanceId()).keySet()).containsExactly("unitName");
        assertThat(reporting.formValue(commune.getId(), "roundTitle").getValue()).isEqualTo(round.title());
        assertThat(reporting.formValue(commune.getId(), "deadlineText").getValue()).isEqualTo("05/10/2026");
        assertThat(reporting.formValue(commune.getId(), "roundKey").getValue()).isEqualTo(ROUND);
        assertThat(reporting.formValue(commune.getId(), "unitName").getValue()).isEqualTo("Ủy ban nhân dân xã Mỹ Thọ");

        // a sample submits on time; one is returned by the consolidator and resubmits
        submit("xa-tan-hong");
        submit("so-tai-chinh");
        submit("phuong-my-tho");
        monitor(Map.of("roundAction", "tra-lai", "returnUnitId", "phuong-my-tho",
                "consolidatorReturnReason", "Bổ sung kết quả nhiệm vụ 4.3."));
        assertThat(states.of(round, "phuong-my-tho").orElseThrow().state()).isEqualTo(UnitState.BI_TRA_LAI);
        assertThat(taskService.getVariable(reporting.draftTask(ROUND, "phuong-my-tho").getId(), "returnReason"))
                .isEqualTo("Chi nhánh NHCSXH tỉnh trả lại: Bổ sung kết quả nhiệm vụ 4.3.");
        submit("phuong-my-tho");

        // one misses the deadline
        setClock(2026, 10, 7, 10);
        submit("xa-my-tho");

        // a second round for the same year is refused with a clear message
        assertThatThrownBy(() -> openAnnualRound(2026, null))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessage("Kỳ báo cáo hằng năm 2026 đã được mở (BC-NAM-2026). Mỗi năm chỉ có một kỳ báo cáo định kỳ.");

        monitor(reporting.closeRound(ROUND));
        reporting.executeJobsOf(ROUND);

        Map<String, UnitInRound> byUnit = rounds.units(round.id()).stream()
                .collect(Collectors.toMap(UnitInRound::unitId, u -> u));
        Map<String, UnitState> stateOf = states.of(rounds.findByKey(ROUND).orElseThrow()).stream()
                .collect(Collectors.toMap(s -> s.unit().unitId(), UnitStates.Standing::state));
        assertThat(stateOf.get("xa-tan-hong")).isEqualTo(UnitState.DA_NOP_DUNG_HAN);
        assertThat(stateOf.get("xa-my-tho")).isEqualTo(UnitState.NOP_MUON);
        assertThat(byUnit.get("xa-tan-hong").late()).isFalse();
        assertThat(byUnit.get("xa-my-tho").late()).isTrue();
        assertThat(byUnit.get("phuong-my-tho").versions()).isEqualTo(2);
        assertThat(stateOf.get("xa-an-long")).isEqualTo(UnitState.KHONG_NOP);
        assertThat(stateOf.values().stream().filter(s -> s == UnitState.KHONG_NOP)).hasSize(111);
        // invited units that sent nothing are not "Không nộp"
        assertThat(stateOf.get("mttq-tinh")).isEqualTo(UnitState.KHONG_GUI_KHONG_BAT_BUOC);
        assertThat(stateOf.values().stream().filter(s -> s == UnitState.KHONG_GUI_KHONG_BAT_BUOC)).hasSize(5);
        assertThat(submissions.versions(round.id(), "phuong-my-tho")).hasSize(2);
        assertThat(submissions.returns(round.id(), "phuong-my-tho")).singleElement()
                .satisfies(r -> assertThat(r.byRole()).isEqualTo("TONG_HOP"));
        assertThat(submissions.versions(round.id(), "so-tai-chinh").get(0).figures().get("budgetEntrusted"))
                .isEqualByComparingTo("1500.50");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(ROUND + "/%").count()).isZero();

        // the consolidated documents list each unit with the right status
        Map<String, String> statuses = excelStatuses(download("excel"));
        assertThat(statuses).hasSize(120)
                .containsEntry("xa-tan-hong", "Đã nộp đúng hạn")
                .containsEntry("phuong-my-tho", "Đã nộp đúng hạn")
                .containsEntry("xa-my-tho", "Nộp muộn")
                .containsEntry("xa-an-long", "Không nộp")
                .containsEntry("hoi-nong-dan-tinh", "Không gửi (không bắt buộc)");
        String word = wordText(download("word"));
        assertThat(word).contains("BÁO CÁO\nTình hình thực hiện Kế hoạch số 752/KH-UBND ngày 20/12/2025 của UBND tỉnh "
                        + "thực hiện Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 23-KH/TU của Ban "
                        + "Thường vụ Tỉnh ủy năm 2026",
                "Xã Mỹ Thọ", "Xã An Long", "Ủy ban nhân dân tỉnh Đồng Tháp", "Ngân hàng Nhà nước Việt Nam",
                // MTTQ and the four organisations are only invited (plan III.3): never counted as failing
                "- Tổng số đơn vị phải báo cáo: 115 đơn vị, trong đó:", "+ Không nộp: 111 đơn vị.",
                "- Đơn vị được đề nghị tham gia báo cáo (không bắt buộc): 5 đơn vị, đã gửi 0 đơn vị");
        assertThat(word).doesNotContain("Báo cáo tình hình thực hiện Kế hoạch 752/KH-UBND năm 2026", "Khu vực 13");
        // the late/missing table lists only units that must report
        assertThat(word.substring(word.indexOf("Danh sách đơn vị phải báo cáo chưa nộp đúng hạn")))
                .doesNotContain("Hội Nông dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh").contains("Xã An Long");
        // the budget total is the sum of what the units submitted
        java.math.BigDecimal budget = submissions.latest(round.id()).stream()
                .map(s -> s.figures().get("budgetEntrusted")).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(budget).isEqualByComparingTo("6002.00");
        assertThat(word).contains("Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\t4\t6.002,00");

        // the consolidator records number and date of the signed PDF, the branch leader approves; dispatch is recorded
        ReportRound closed = rounds.findByKey(ROUND).orElseThrow();
        RoundDispatches dispatches = this.dispatches;
        dispatches.storeFile(closed.id(), "bao-cao-da-ky.pdf", "%PDF-1.7\n% đã ký\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                DemoUsers.CONSOLIDATOR, java.time.Instant.now());
        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(ROUND)
                .taskDefinitionKey("Task_PrepareDispatch").singleResult();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(prepare.getId(),
                Map.of("dispatchNumber", "125/BC-NHCSXH", "dispatchDate", "2026-10-07")));
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(ROUND)
                .taskDefinitionKey("Task_ApproveConsolidatedReport").singleResult();
        reporting.as(DemoUsers.leaderOf("nhcsxh-tinh"),
                () -> taskService.complete(approval.getId(), Map.of("dispatchDecision", "duyet")));
        ReportRound dispatched = rounds.findByKey(ROUND).orElseThrow();
        assertThat(dispatched.status()).isEqualTo(RoundStatus.DA_GUI);
        // the dispatch mail goes to the regime's recipients at the unit register's addresses, with both files
        List<String> dispatchMails = jdbc.sql("""
                        select o.recipient from kehoach.notification_outbox o where o.kind = 'report-dispatched'
                        and o.attach_round_id = ? order by o.recipient""").param(round.id()).query(String.class).list();
        // III.6: UBND tỉnh and Ngân hàng Nhà nước Việt Nam, from the regime; not NHNN chi nhánh Khu vực 13
        assertThat(dispatchMails).containsExactly("nhnn-viet-nam@dongthap.example", "ubnd-tinh@dongthap.example");
        assertThat(dispatched.requestedByUnit()).isNull();
        Long mailId = jdbc.sql("select id from kehoach.notification_outbox where kind = 'report-dispatched' and attach_round_id = ?"
                + " and recipient = 'ubnd-tinh@dongthap.example'").param(round.id()).query(Long.class).single();
        outboxDelivery.deliverOne(mailId);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("Báo cáo tình hình thực hiện Kế hoạch 752/KH-UBND năm 2026");
        var parts = (jakarta.mail.Multipart) mail.getContent();
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                files.add(parts.getBodyPart(i).getFileName());
            }
        }
        assertThat(files).containsExactly("125-BC-NHCSXH.pdf", "Phu-luc-01-BC-NAM-2026-bao-cao-tong-hop.docx",
                "Phu-luc-02-BC-NAM-2026-so-lieu.xlsx");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ROUND).count()).isZero();
    }

    @Test
    void aConsolidatorMayOverrideTheDeadline() {
        openAnnualRound(2027, "2027-10-15");
        ReportRound round = rounds.findByKey("BC-NAM-2027").orElseThrow();
        assertThat(round.deadline()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(round.computedDeadline()).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(round.deadlineOverridden()).isTrue();
        reporting.purgeRound("BC-NAM-2027");
    }

    @Test
    void the2025AnnualRoundIsRefusedThroughEngineRestAsInTasklist() {
        int before = rounds.all().size();
        // Tasklist submits the start form through this same endpoint
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.CONSOLIDATOR, password);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange("/engine-rest/process-definition/key/annual-report-cycle/submit-form",
                HttpMethod.POST, new HttpEntity<>("{\"variables\":{\"reportYear\":{\"value\":2025,\"type\":\"Integer\"}}}",
                        headers), String.class);
        assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
        assertThat(response.getBody()).contains("Không mở được kỳ báo cáo hằng năm 2025")
                .contains("kỳ báo cáo hằng năm đầu tiên là năm 2026");
        assertThatThrownBy(() -> openAnnualRound(2025, null))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessage("Không mở được kỳ báo cáo hằng năm 2025: Kế hoạch 752/KH-UBND ban hành ngày 20/12/2025, "
                        + "sau hạn báo cáo năm 2025 (trước ngày 05/10); kỳ báo cáo hằng năm đầu tiên là năm 2026.");
        assertThat(rounds.all()).hasSize(before);
    }

    @Test
    void anAbsurdYearIsRefusedAndNothingIsStored() {
        int before = rounds.all().size();
        assertThatThrownBy(() -> openAnnualRound(1999, null))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("kỳ báo cáo hằng năm đầu tiên là năm 2026");
        assertThat(rounds.all()).hasSize(before);
    }

    private void openAnnualRound(int year, String deadlineOverride) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportYear", year);
        variables.put("deadlineOverride", deadlineOverride);
        reporting.as(DemoUsers.CONSOLIDATOR,
                () -> runtimeService.startProcessInstanceByKey("annual-report-cycle", variables));
        reporting.executeJobsOf("BC-NAM-" + year);
    }

    private void submit(String unitId) {
        reporting.submit(ROUND, unitId, DemoUsers.officerOf(unitId), DemoUsers.leaderOf(unitId));
    }

    private void monitor(Map<String, Object> action) {
        Task monitoring = taskService.createTaskQuery().processInstanceBusinessKey(ROUND)
                .taskDefinitionKey("Task_MonitorRound").singleResult();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(monitoring.getId(), action));
    }

    private String candidateGroup(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).findFirst().orElseThrow();
    }

    private byte[] download(String kind) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.CONSOLIDATOR, password);
        ResponseEntity<byte[]> response = http.exchange("/api/rounds/{key}/documents/{kind}", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class, ROUND, kind);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, String> excelStatuses(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Tình trạng đơn vị");
            DataFormatter format = new DataFormatter();
            Map<String, String> statuses = new HashMap<>();
            for (Row row : sheet) {
                String unitId = format.formatCellValue(row.getCell(1));
                if (unitId.matches("[a-z0-9-]+")) {
                    statuses.put(unitId, format.formatCellValue(row.getCell(4)));
                }
            }
            return statuses;
        }
    }

    private static String wordText(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static void setClock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, VIETNAM).toInstant()));
    }
}

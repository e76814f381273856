package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.plan.Obligation;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * Who reports and to whom (Kế hoạch 752, III.1, III.3, III.6) and the dates: requests to collectives with each unit's
 * obligation, never UBND tỉnh or NHNN as reporters; a unit raising a "vướng mắc" report on its own; the yearly timer
 * opening on a working day; overdue from the day after the deadline day.
 */
@PostgresIntegrationTest
class ReportingObligationIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ReportRounds rounds;
    @Autowired
    RoundRecipients recipients;
    @Autowired
    DatedItems datedItems;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    private final java.util.List<String> purge = new java.util.ArrayList<>();

    @BeforeEach
    void early2026() {
        reporting.purgeRound("BC-NAM-2026");
        setClock(2026, 8, 3, 9);
    }

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("annual-report-schedule").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true));
        reporting.purgeRound("BC-NAM-2026");
        purge.forEach(reporting::purgeRound);
        ClockUtil.reset();
    }

    @Test
    void aRequestToCollectivesGivesEachUnitItsObligationAndGoesBackToTheAuthorityThatAsked() {
        Map<String, Object> variables = request(List.of("ubnd-cap-xa", "mttq-va-to-chuc-ctxh", "so-tai-chinh"));
        variables.put("requestedByUnit", "nhnn-viet-nam");
        ProcessInstance request = reporting.as(DemoUsers.CONSOLIDATOR,
                () -> runtimeService.startProcessInstanceByKey("adhoc-report-request", variables));
        purge.add(request.getBusinessKey());
        ReportRound round = rounds.findByKey(request.getBusinessKey()).orElseThrow();
        List<UnitInRound> units = rounds.units(round.id());
        assertThat(units).hasSize(102 + 5 + 1);
        assertThat(units).filteredOn(UnitInRound::invited).extracting(UnitInRound::unitId)
                .containsExactlyInAnyOrder("mttq-tinh", "hoi-lhpn-tinh", "hoi-nong-dan-tinh", "hoi-ccb-tinh", "tinh-doan");
        assertThat(units).filteredOn(u -> u.unitId().equals("xa-tan-hong")).singleElement()
                .satisfies(u -> assertThat(u.obligation()).isEqualTo(Obligation.BAT_BUOC));
        // the result goes to the authority that asked, recorded with the round
        assertThat(round.requestedByUnit()).isEqualTo("nhnn-viet-nam");
        assertThat(recipients.names(round)).containsExactly("Ngân hàng Nhà nước Việt Nam");
    }

    @Test
    void uBndTinhOrNhnnAreNeverAskedToReportAndNothingIsStored() {
        int before = rounds.all().size();
        for (String receiver : List.of("ubnd-tinh", "nhnn-viet-nam", "nhnn-kv13")) {
            assertThatThrownBy(() -> reporting.as(DemoUsers.CONSOLIDATOR,
                    () -> runtimeService.startProcessInstanceByKey("adhoc-report-request", request(List.of("xa-tan-hong", receiver)))))
                    .isInstanceOf(InvalidFormInputException.class)
                    .hasMessageContaining("không phải đơn vị báo cáo theo Kế hoạch");
        }
        // a requester outside the regime's authorities is refused too
        Map<String, Object> variables = request(List.of("xa-tan-hong"));
        variables.put("requestedByUnit", "xa-my-tho");
        assertThatThrownBy(() -> reporting.as(DemoUsers.CONSOLIDATOR,
                () -> runtimeService.startProcessInstanceByKey("adhoc-report-request", variables)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("\"Cơ quan yêu cầu báo cáo\" phải là một trong");
        assertThat(rounds.all()).hasSize(before);
    }

    @Test
    void aUnitsOfficerRaisesADifficultyReportForTheirOwnUnitThroughEngineRest() {
        // a form value cannot choose another unit or requester: such fields are refused; the unit is the officer's group
        ResponseEntity<String> refused = startDifficulty(DemoUsers.officerOf("xa-tan-hong"),
                "\"topic\":{\"value\":\"Vướng mắc về nguồn vốn ủy thác\"},\"brief\":{\"value\":\"Chưa bố trí được vốn.\"},"
                        + "\"requestedDeadline\":{\"value\":\"2026-08-14\"},\"unitIds\":{\"value\":\"[\\\"xa-my-tho\\\"]\"},"
                        + "\"requestedByUnit\":{\"value\":\"ubnd-tinh\"}");
        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
        assertThat(refused.getBody()).contains("chỉ gửi các trường của biểu mẫu");
        ResponseEntity<String> started = startDifficulty(DemoUsers.officerOf("xa-tan-hong"),
                "\"topic\":{\"value\":\"Vướng mắc về nguồn vốn ủy thác\"},\"brief\":{\"value\":\"Chưa bố trí được vốn.\"},"
                        + "\"requestedDeadline\":{\"value\":\"2026-08-14\"}");
        assertThat(started.getStatusCode().is2xxSuccessful()).as(started.getBody()).isTrue();
        List<ReportRound> raised = rounds.all().stream().filter(ReportRound::raisedByUnit)
                .filter(r -> r.topic().equals("Vướng mắc: Vướng mắc về nguồn vốn ủy thác")).toList();
        raised.forEach(r -> purge.add(r.key()));
        ReportRound round = raised.get(0); // the newest
        assertThat(round.kind()).isEqualTo(RoundKind.DOT_XUAT);
        assertThat(round.requestedByUnit()).isEqualTo("xa-tan-hong");
        assertThat(round.requestedBy()).isEqualTo(DemoUsers.officerOf("xa-tan-hong"));
        assertThat(rounds.units(round.id())).extracting(UnitInRound::unitId).containsExactly("xa-tan-hong");
        // the unit drafts it like any report, the branch consolidates, UBND tỉnh and the unit receive the result
        reporting.executeJobsOf(round.key());
        assertThat(reporting.draftTask(round.key(), "xa-tan-hong")).isNotNull();
        assertThat(recipients.names(round)).containsExactly("Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân xã Tân Hồng");

        // someone who is no unit's officer cannot raise one, nor an officer of UBND tỉnh, which never reports
        String body = "\"topic\":{\"value\":\"Vướng mắc không có đơn vị\"},\"brief\":{\"value\":\"Nội dung.\"},"
                + "\"requestedDeadline\":{\"value\":\"2026-08-14\"}";
        ResponseEntity<String> noUnit = startDifficulty(DemoUsers.MANAGER, body);
        assertThat(noUnit.getStatusCode().is4xxClientError()).as(noUnit.getBody()).isTrue();
        assertThat(noUnit.getBody()).contains("không thuộc nhóm cán bộ của đơn vị nào");
        ResponseEntity<String> province = startDifficulty(DemoUsers.PROVINCE_OFFICER, body);
        assertThat(province.getStatusCode().is4xxClientError()).as(province.getBody()).isTrue();
        assertThat(province.getBody()).contains("không phải đơn vị báo cáo theo Kế hoạch");
    }

    @Test
    void theYearlyTimerOpensTheRoundOnTheFirstWorkingDayOfSeptember() {
        // 01/9/2026 and 02/9/2026 are Quốc khánh (lich-lam-viec.yaml): nothing opens; Thursday 03/9 it opens
        runTimerAt(2026, 9, 1);
        assertThat(rounds.findAnnual(2026)).isEmpty();
        runTimerAt(2026, 9, 2);
        assertThat(rounds.findAnnual(2026)).isEmpty();
        runTimerAt(2026, 9, 3);
        ReportRound round = rounds.findAnnual(2026).orElseThrow();
        assertThat(round.requestedBy()).isEqualTo("system");
        // the next morning finds it opened and opens nothing more
        runTimerAt(2026, 9, 4);
        assertThat(rounds.all().stream().filter(r -> Integer.valueOf(2026).equals(r.annualYear()))).hasSize(1);
    }

    @Test
    void aTaskIsOverdueFromTheDayAfterTheDeadlineDayNeverOnIt() {
        ProcessInstance request = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "mttq-tinh"),
                "2026-08-14");
        purge.add(request.getBusinessKey());
        setClock(2026, 8, 14, 23);
        assertThat(overdue(request.getBusinessKey())).isZero();
        setClock(2026, 8, 15, 0);
        // only the unit that must report: the invited unit's task has no due date
        assertThat(overdue(request.getBusinessKey())).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(request.getBusinessKey() + "/xa-tan-hong")
                .singleResult().getDueDate())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 8, 14, 23, 59, 59, 0, VIETNAM).toInstant()));
        // the forms show the requester's deadline with its weekday (form values read when the form loads)
        assertThat(reporting.formValue(reporting.draftTask(request.getBusinessKey(), "xa-tan-hong").getId(),
                "deadlineRule").getValue()).isEqualTo("Theo yêu cầu: hạn cuối Thứ Sáu 14/08/2026");
        assertThat(reporting.formValue(reporting.draftTask(request.getBusinessKey(), "mttq-tinh").getId(),
                "obligationNote").getValue().toString()).startsWith("**Không bắt buộc.**");
    }

    @Test
    void theDatedTaskOfRow12IsTrackedPerUnitWithItsDueDate() {
        setClock(2026, 9, 3, 9);
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportYear", 2026);
        reporting.as(DemoUsers.CONSOLIDATOR, () -> runtimeService.startProcessInstanceByKey("annual-report-cycle", variables));
        reporting.executeJobsOf("BC-NAM-2026");
        reporting.submit("BC-NAM-2026", "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
        ReportRound round = rounds.findAnnual(2026).orElseThrow();

        // "Tháng 12/2025" in the plan: due at the end of December 2025; "Thường xuyên" rows are not dated
        List<DatedItems.DatedItem> dated = datedItems.of(round);
        assertThat(dated).extracting(DatedItems.DatedItem::stt).containsExactly("1.2");
        DatedItems.DatedItem row12 = dated.get(0);
        assertThat(row12.dueText()).isEqualTo("31/12/2025");
        // its leads: every department and commune of the round, not the invited Front
        assertThat(row12.units()).hasSize(12 + 102).noneMatch(u -> u.unitId().equals("mttq-tinh"));
        assertThat(row12.units()).filteredOn(u -> u.unitId().equals("xa-tan-hong")).singleElement()
                .satisfies(u -> {
                    assertThat(u.levelLabel()).isEqualTo("Đã hoàn thành");
                    assertThat(u.overdue()).isFalse();
                });
        assertThat(row12.units()).filteredOn(u -> u.unitId().equals("xa-my-tho")).singleElement()
                .satisfies(u -> {
                    assertThat(u.levelLabel()).isEqualTo("Chưa báo cáo");
                    assertThat(u.overdue()).isTrue();
                });

        // the same through the dashboard API; a unit's leader sees only their own unit
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(DemoUsers.leaderOf("xa-my-tho"), password);
        ResponseEntity<String> own = http.exchange("/api/dashboard/rounds/BC-NAM-2026/dated-items", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(own.getStatusCode().is2xxSuccessful()).as(own.getBody()).isTrue();
        assertThat(own.getBody()).contains("\"dueText\":\"31/12/2025\"", "Chưa báo cáo").doesNotContain("xa-tan-hong");
    }

    /** The Tasklist filter "Quá hạn": due before now. */
    private long overdue(String roundKey) {
        return taskService.createTaskQuery().processInstanceBusinessKeyLike(roundKey + "/%")
                .dueBefore(ClockUtil.getCurrentTime()).count();
    }

    private void runTimerAt(int year, int month, int day) {
        setClock(year, month, day, 8);
        Job timer = managementService.createJobQuery().processDefinitionKey("annual-report-schedule").timers().singleResult();
        managementService.executeJob(timer.getId());
        reporting.executeJobsOf("BC-NAM-" + year);
    }

    private ResponseEntity<String> startDifficulty(String user, String variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/engine-rest/process-definition/key/difficulty-report/submit-form", HttpMethod.POST,
                new HttpEntity<>("{\"variables\":{" + variables + "}}", headers), String.class);
    }

    private static Map<String, Object> request(List<String> unitIds) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportKind", "dot-xuat");
        variables.put("topic", "Kiểm thử nghĩa vụ báo cáo");
        variables.put("unitIds", SpinValues.jsonValue(toJson(unitIds)).create());
        variables.put("requestedDeadline", "2026-08-14");
        return variables;
    }

    private static String toJson(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static void setClock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, VIETNAM).toInstant()));
    }
}

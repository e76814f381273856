package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.camunda.bpm.engine.ProcessEngine;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.amendment.documents.SubmissionWordWriter;
import vn.dongthap.tdcs.forms.DeployedForms;
import vn.dongthap.tdcs.forms.FormDeployment;
import vn.dongthap.tdcs.forms.FormOption;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.operations.StartupProcessMigrations;
import vn.dongthap.tdcs.plan.PlanChange;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** Three units propose, the branch consolidates, UBND tỉnh decides, the plan register changes — on PostgreSQL. */
@PostgresIntegrationTest
class AmendmentIT {

    private static final String SECOND_CONSOLIDATOR = "tonghop-2";

    @Autowired
    ReportingTestSupport as;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PlanRegisterQueries plan;
    @Autowired
    Proposals proposals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanRevision revision;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FormDeployment forms;
    @Autowired
    BatchContents contents;
    @Autowired
    StartupProcessMigrations startupMigrations;
    @Autowired
    SubmissionWordWriter submissionWriter;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    long versionBefore;

    @BeforeEach
    void setUp() {
        versionBefore = plan.versionInForce(LocalDate.now()).orElseThrow();
        if (identityService.createUserQuery().userId(SECOND_CONSOLIDATOR).count() == 0) {
            User user = identityService.newUser(SECOND_CONSOLIDATOR);
            user.setPassword("Test-752");
            identityService.saveUser(user);
            identityService.createMembership(SECOND_CONSOLIDATOR, UnitGroups.CONSOLIDATORS);
        }
        closeOpenBatches();
    }

    /** Other tests read the plan in force: the version made here is removed again. */
    @AfterEach
    void removeAmendedVersions() {
        AmendedVersions.removeAll(jdbc, forms);
        closeOpenBatches();
    }

    @Test
    void threeUnitsProposeTheBranchConsolidatesUbndDecidesAndThePlanChanges() throws Exception {
        String oldTiming41 = item(versionBefore, "4.1").timing();

        // 1. Sở Tài chính: change 4.1's timing; the leader approves; the branch accepts -> a batch opens
        String change = propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                "newTiming", "Hằng năm, trước ngày 31/12", "reason", "Gắn với kỳ lập dự toán ngân sách hằng năm."));
        leader("so-tai-chinh", change, "duyet", null);
        branch(change, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Đồng ý, phù hợp chu kỳ ngân sách."));
        String batch = (String) runtimeService.getVariable(instance(change), "batchKey");

        // 2. Xã Tân Hồng: a new item 4.6; leader returns once, branch asks a clarification, then accepts
        Map<String, Object> addition = new HashMap<>(Map.of("amendmentKind", "bo-sung", "newStt", "4.6", "newGroup", "4",
                "newContent", "Hỗ trợ địa điểm giao dịch xã cho Phòng giao dịch NHCSXH.", "newTiming", "Năm 2026",
                "reason", "Nhiều điểm giao dịch xã chưa có nơi làm việc ổn định."));
        addition.put("newLead", units("ubnd-cap-xa"));
        String add = propose("xa-tan-hong", addition);
        leader("xa-tan-hong", add, "tra-lai", "Nêu rõ nguồn kinh phí.");
        Map<String, Object> revised = new HashMap<>(addition);
        revised.put("reason", "Nhiều điểm giao dịch xã chưa có nơi làm việc ổn định; kinh phí từ ngân sách xã.");
        complete(DemoUsers.officerOf("xa-tan-hong"), task(add, "Task_ReviseProposal"), revised);
        leader("xa-tan-hong", add, "duyet", null);
        // the branch reads the whole proposal: nothing yet in the thread, the leader's approval by name
        Task firstReview = task(add, "Task_BranchReview");
        assertThat(taskService.getVariable(firstReview.getId(), "clarificationThread")).isEqualTo("Chưa có trao đổi giải trình.");
        assertThat(taskService.getVariable(firstReview.getId(), "proposalTrail").toString()).startsWith("Lãnh đạo đơn vị đã duyệt (")
                .doesNotContain(DemoUsers.leaderOf("xa-tan-hong"));
        branch(add, Map.of("branchDecision", "giai-trinh", "clarificationQuestion", "Bao nhiêu xã cần hỗ trợ?"));
        Map<String, Object> answer = new HashMap<>(revised);
        answer.put("clarificationAnswer", "Khoảng 30 xã, danh sách kèm theo.");
        complete(DemoUsers.officerOf("xa-tan-hong"), task(add, "Task_AnswerClarification"), answer);
        // ... and, asked again, sees the unit's answer beside its question, who and when, the proposal by names
        Task secondReview = task(add, "Task_BranchReview");
        Map<String, Object> shown = taskService.getVariables(secondReview.getId());
        assertThat(shown.get("clarificationThread").toString())
                .contains("1. Chi nhánh NHCSXH tỉnh đề nghị giải trình (", "Bao nhiêu xã cần hỗ trợ?",
                        "Đơn vị giải trình (", "Khoảng 30 xã, danh sách kèm theo.", "ngày " + LocalDate.now().format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain(DemoUsers.CONSOLIDATOR, DemoUsers.officerOf("xa-tan-hong"));
        assertThat(shown.get("currentItemText")).isEqualTo("(nhiệm vụ mới, chưa có trong Kế hoạch)");
        assertThat(shown.get("proposedItemText").toString()).contains("Nội dung: Hỗ trợ địa điểm giao dịch xã",
                "Đơn vị chủ trì: UBND cấp xã", "Thời gian thực hiện: Năm 2026").doesNotContain("ubnd-cap-xa");
        assertThat(shown.get("targetText")).isEqualTo("Nhiệm vụ mới STT 4.6 (nhóm 4)");
        branch(add, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Đề nghị bổ sung, thời gian năm 2027."));
        assertThat(runtimeService.getVariable(instance(add), "batchKey")).isEqualTo(batch);

        // 3. Phường Mỹ Tho: remove 5.4; the branch recommends declining (plan III.5: it cannot end the proposal),
        //    so the proposal still goes to UBND tỉnh in the batch, with the branch's reasons
        String removal = propose("phuong-my-tho", Map.of("amendmentKind", "bai-bo", "targetStt", "5.4",
                "reason", "Nhiệm vụ trùng với nhiệm vụ 5.2 của Chi nhánh."));
        leader("phuong-my-tho", removal, "duyet", null);
        // the old "không tiếp nhận", which ended a proposal at the branch, is refused
        assertThatThrownBy(() -> branch(removal, Map.of("branchDecision", "tu-choi", "declineReason", "Không tiếp nhận.")))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("UBND tỉnh quyết định mọi đề xuất");
        branch(removal, Map.of("branchDecision", "de-nghi-khong-chap-thuan",
                "declineReason", "Nhiệm vụ 5.4 thuộc Chi nhánh, không trùng 5.2."));
        Proposal recommended = proposals.findByKey(removal).orElseThrow();
        assertThat(recommended.status()).isEqualTo(ProposalStatus.DA_TIEP_NHAN);
        assertThat(recommended.recommendation()).isEqualTo(Proposal.Recommendation.DE_NGHI_KHONG_CHAP_THUAN);
        assertThat(runtimeService.getVariable(instance(removal), "batchKey")).isEqualTo(batch);
        assertThat(task(removal, "Task_AcknowledgeOutcome")).isNull();

        // the tờ trình carries the branch's recommendation and reasons
        var submission = contents.submission(batch, proposals.ofBatch(proposals.findByKey(removal).orElseThrow().batchId()));
        assertThat(submission.proposals()).filteredOn(p -> p.key().equals(removal)).singleElement()
                .satisfies(p -> assertThat(p.branchOpinion()).startsWith("Kiến nghị không chấp thuận. Lý do: Nhiệm vụ 5.4"));

        // 4. two consolidators submit the same batch at once: it is submitted once
        Task submit = batchTask(batch, "Task_SubmitBatch");
        assertThat(taskService.getVariable(submit.getId(), "batchSummary").toString()).contains(change, add, removal,
                "Kiến nghị không chấp thuận");
        List<Boolean> outcomes = race(submit.getId(), List.of(DemoUsers.CONSOLIDATOR, SECOND_CONSOLIDATOR));
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("select count(*) from kehoach.amendment_batch where batch_key = ? and status = 'DA_TRINH'")
                .param(batch).query(Integer.class).single()).isEqualTo(1);
        assertThat(batchTask(batch, "Task_DecideProposals")).isNotNull();

        // 5. bad decisions are refused and change nothing
        Task decide = batchTask(batch, "Task_DecideProposals");
        List<Map<String, Object>> rows = decisionRows(decide);
        // UBND reads each proposal with units by name
        assertThat(rows).filteredOn(r -> r.get("proposalKey").equals(add)).singleElement()
                .satisfies(r -> assertThat((String) r.get("summary")).contains("Đơn vị chủ trì: UBND cấp xã")
                        .doesNotContain("ubnd-cap-xa"))
                .satisfies(r -> assertThat(r.get("adjLead")).isEqualTo(List.of()));
        Map<String, Object> noNumber = decision(rows, Map.of(change, "chap-thuan", add, "chap-thuan", removal, "khong-chap-thuan"), null, "2026-11-20");
        assertThatThrownBy(() -> complete(DemoUsers.PROVINCE_OFFICER, decide, noNumber))
                .isInstanceOf(InvalidFormInputException.class).hasMessage("Chưa nhập \"Số quyết định\".");
        Map<String, Object> noDate = decision(rows, Map.of(change, "chap-thuan", add, "chap-thuan", removal, "khong-chap-thuan"), "123/QĐ-UBND", null);
        assertThatThrownBy(() -> complete(DemoUsers.PROVINCE_OFFICER, decide, noDate))
                .isInstanceOf(InvalidFormInputException.class).hasMessage("Chưa nhập \"Ngày quyết định\".");
        rows.stream().filter(r -> r.get("proposalKey").equals(add)).forEach(r -> r.put("adjLead", "so-khong-co"));
        Map<String, Object> unknownUnit = decision(rows, Map.of(change, "chap-thuan", add, "chap-thuan-dieu-chinh", removal, "khong-chap-thuan"),
                "123/QĐ-UBND", "2026-11-20");
        assertThatThrownBy(() -> complete(DemoUsers.PROVINCE_OFFICER, decide, unknownUnit))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("không có đơn vị hoặc nhóm đơn vị mã \"so-khong-co\"");
        assertThat(plan.versionInForce(LocalDate.now())).contains(versionBefore);

        // 6. UBND approves one as proposed and one with an adjusted timing
        rows.stream().filter(r -> r.get("proposalKey").equals(add)).forEach(r -> {
            r.put("adjLead", List.of());
            r.put("adjCoop", List.of("so-tai-chinh"));
            r.put("adjTiming", "Năm 2027");
        });
        // UBND tỉnh reads the branch's recommendation and reasons, and decides the proposal itself
        assertThat(rows).filteredOn(r -> r.get("proposalKey").equals(removal)).singleElement()
                .satisfies(r -> assertThat((String) r.get("recommendation"))
                        .isEqualTo("Kiến nghị không chấp thuận. Lý do: Nhiệm vụ 5.4 thuộc Chi nhánh, không trùng 5.2."))
                .satisfies(r -> assertThat((String) r.get("summary")).contains("Hiện hành:", "Đề xuất:\nBãi bỏ nhiệm vụ này."));
        rows.stream().filter(r -> r.get("proposalKey").equals(removal))
                .forEach(r -> r.put("note", "Đồng ý với kiến nghị của Chi nhánh."));
        complete(DemoUsers.PROVINCE_OFFICER, decide, decision(rows,
                Map.of(change, "chap-thuan", add, "chap-thuan-dieu-chinh", removal, "khong-chap-thuan"), "123/QĐ-UBND",
                LocalDate.now().toString()));

        long versionAfter = plan.versionInForce(LocalDate.now()).orElseThrow();
        assertThat(versionAfter).isNotEqualTo(versionBefore);
        PlanViews.VersionSummary summary = plan.version(versionAfter).orElseThrow().summary();
        assertThat(summary.origin()).isEqualTo("AMENDMENT");
        assertThat(summary.decisionNumber()).isEqualTo("123/QĐ-UBND");
        assertThat(summary.effectiveFrom()).isEqualTo(LocalDate.now());
        assertThat(item(versionAfter, "4.1").timing()).isEqualTo("Hằng năm, trước ngày 31/12");
        PlanViews.Item added = item(versionAfter, "4.6");
        assertThat(added.timing()).isEqualTo("Năm 2027");
        assertThat(added.content()).isEqualTo("Hỗ trợ địa điểm giao dịch xã cho Phòng giao dịch NHCSXH.");
        assertThat(added.leadText()).isEqualTo("UBND cấp xã");
        assertThat(added.leadUnitIds()).hasSize(102).contains("xa-tan-hong", "phuong-my-tho");
        assertThat(added.coopUnitIds()).containsExactly("so-tai-chinh");
        assertThat(plan.items(versionAfter, null)).extracting(PlanViews.Item::stt).contains("5.4").hasSize(20);
        // everything else is as it was, and the old version is unchanged
        assertThat(item(versionAfter, "1.1")).usingRecursiveComparison().ignoringFields("id").isEqualTo(item(versionBefore, "1.1"));
        assertThat(item(versionBefore, "4.1").timing()).isEqualTo(oldTiming41);
        assertThat(plan.items(versionBefore, null)).hasSize(19);
        // the forms offer the new version's items at once, by STT and content
        assertThat(DeployedForms.startFormOptions(engine, "amendment-request", "targetStt"))
                .contains(new FormOption("4.6", "4.6 – Hỗ trợ địa điểm giao dịch xã cho Phòng giao dịch NHCSXH."))
                .hasSize(20);

        // reports opened from the decision date on use the new version
        String round = as.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong"), LocalDate.now().plusDays(10).toString())
                .getBusinessKey();
        try {
            assertThat(jdbc.sql("select plan_version_id from kehoach.report_round where round_key = ?").param(round)
                    .query(Long.class).single()).isEqualTo(versionAfter);
            assertThat(as.formJson(as.draftTask(round, "xa-tan-hong").getId(), "items"))
                    .contains("\"stt\":\"4.6\"");
        } finally {
            as.purgeRound(round);
        }

        // 7. each proposing unit learns the decision
        assertThat(proposals.findByKey(change).orElseThrow().status()).isEqualTo(ProposalStatus.CHAP_THUAN);
        assertThat(proposals.findByKey(add).orElseThrow().status()).isEqualTo(ProposalStatus.CHAP_THUAN_DIEU_CHINH);
        assertThat(taskService.getVariable(task(add, "Task_AcknowledgeOutcome").getId(), "outcomeText").toString())
                .contains("chấp thuận có điều chỉnh", "123/QĐ-UBND");
        complete(DemoUsers.officerOf("so-tai-chinh"), task(change, "Task_AcknowledgeOutcome"), Map.of());

        // the managers' list shows each proposal's stage and, once decided, the decision
        var listed = proposals.all().stream().filter(l -> List.of(change, add, removal).contains(l.proposal().key())).toList();
        assertThat(listed).hasSize(3).allSatisfy(l -> {
            assertThat(l.decisionNumber()).isEqualTo("123/QĐ-UBND");
            assertThat(l.batchKey()).isEqualTo(batch);
        });
        assertThat(listed).filteredOn(l -> l.proposal().key().equals(removal)).singleElement()
                .satisfies(l -> assertThat(l.proposal().status().label()).isEqualTo("UBND tỉnh không chấp thuận"));
        assertThat(taskService.getVariable(task(removal, "Task_AcknowledgeOutcome").getId(), "outcomeText").toString())
                .contains("không chấp thuận", "123/QĐ-UBND", "Đồng ý với kiến nghị của Chi nhánh.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(change).count()).isZero();
    }

    @Test
    void anApprovedRemovalDropsTheItemAndARejectedChangeChangesNothing() {
        String removal = propose("so-tai-chinh", Map.of("amendmentKind", "bai-bo", "targetStt", "5.4",
                "reason", "Nhiệm vụ đã được thực hiện xong, không còn cần theo dõi."));
        leader("so-tai-chinh", removal, "duyet", null);
        branch(removal, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Đồng ý bãi bỏ."));
        String change = propose("xa-my-tho", Map.of("amendmentKind", "sua-doi", "targetStt", "4.3",
                "newProduct", "Báo cáo hằng quý", "reason", "Cần theo dõi thường xuyên hơn hằng năm."));
        leader("xa-my-tho", change, "duyet", null);
        branch(change, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        String batch = (String) runtimeService.getVariable(instance(removal), "batchKey");
        complete(DemoUsers.CONSOLIDATOR, batchTask(batch, "Task_SubmitBatch"), Map.of("submitConfirmed", true));

        Task decide = batchTask(batch, "Task_DecideProposals");
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            rows = decisionRows(decide);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> withoutReason = decision(rows, Map.of(removal, "chap-thuan", change, "khong-chap-thuan"),
                "45/QĐ-UBND", LocalDate.now().toString());
        Task decideTask = decide;
        assertThatThrownBy(() -> complete(DemoUsers.PROVINCE_OFFICER, decideTask, withoutReason))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("cần nêu lý do không chấp thuận");
        rows.stream().filter(r -> r.get("proposalKey").equals(change)).forEach(r -> r.put("note", "Giữ báo cáo hằng năm."));
        complete(DemoUsers.PROVINCE_OFFICER, decide, decision(rows, Map.of(removal, "chap-thuan", change, "khong-chap-thuan"),
                "45/QĐ-UBND", LocalDate.now().toString()));

        long versionAfter = plan.versionInForce(LocalDate.now()).orElseThrow();
        assertThat(plan.items(versionAfter, null)).extracting(PlanViews.Item::stt).doesNotContain("5.4").hasSize(18);
        assertThat(DeployedForms.startFormOptions(engine, "amendment-request", "targetStt")).extracting(FormOption::value)
                .doesNotContain("5.4").hasSize(18);
        assertThat(item(versionAfter, "4.3").product()).isEqualTo(item(versionBefore, "4.3").product());
        assertThat(proposals.findByKey(change).orElseThrow().status()).isEqualTo(ProposalStatus.KHONG_CHAP_THUAN);
        assertThat(taskService.getVariable(task(change, "Task_AcknowledgeOutcome").getId(), "outcomeText").toString())
                .contains("không chấp thuận", "Giữ báo cáo hằng năm.");
        assertThat(plan.items(versionBefore, null)).extracting(PlanViews.Item::stt).contains("5.4");
    }

    @Test
    void aDecisionOnAnItemChangedByANewerVersionIsRefusedAndTheOtherChangesGoOnTopOfIt() {
        String outdated = propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                "newTiming", "Hằng năm, trước ngày 31/12", "reason", "Gắn với kỳ lập dự toán ngân sách hằng năm."));
        leader("so-tai-chinh", outdated, "duyet", null);
        branch(outdated, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        String batch = (String) runtimeService.getVariable(instance(outdated), "batchKey");
        String other = propose("xa-my-tho", Map.of("amendmentKind", "sua-doi", "targetStt", "4.3",
                "newProduct", "Báo cáo hằng quý", "reason", "Cần theo dõi thường xuyên hơn hằng năm."));
        leader("xa-my-tho", other, "duyet", null);
        branch(other, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        // the batch records the version its proposals were made against
        assertThat(jdbc.sql("select plan_version_id from kehoach.amendment_batch where batch_key = ?").param(batch)
                .query(Long.class).single()).isEqualTo(versionBefore)
                .isEqualTo(proposals.findByKey(outdated).orElseThrow().planVersionId());
        complete(DemoUsers.CONSOLIDATOR, batchTask(batch, "Task_SubmitBatch"), Map.of("submitConfirmed", true));

        // meanwhile another decision changes item 4.1 (and 5.3): a newer version than the batch's
        long newer = revision.createVersion(versionBefore, List.of(
                new PlanChange(PlanChange.Type.CHANGE, "4.1", null, null, null, null, null, "Quý I hằng năm"),
                new PlanChange(PlanChange.Type.CHANGE, "5.3", null, null, null, null, "Báo cáo kết quả", null)),
                "50/QĐ-UBND", LocalDate.of(2026, 4, 1), "test");

        Task decide = batchTask(batch, "Task_DecideProposals");
        List<Map<String, Object>> rows = decisionRowsOf(decide);
        Map<String, Object> bothApproved = decision(rows, Map.of(outdated, "chap-thuan", other, "chap-thuan"),
                "51/QĐ-UBND", LocalDate.now().toString());
        String before = snapshotOfDecisions();
        assertThatThrownBy(() -> complete(DemoUsers.PROVINCE_OFFICER, decide, bothApproved))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("Kế hoạch đã có phiên bản mới hơn phiên bản các đề xuất được lập trên đó: phiên bản "
                        + plan.version(newer).orElseThrow().summary().versionNo() + " (Quyết định số 50/QĐ-UBND ngày 01/04/2026)")
                .hasMessageContaining(outdated + " (nhiệm vụ STT 4.1: thời gian (\"Thường xuyên\" → \"Quý I hằng năm\"))")
                .hasMessageContaining("chọn \"Không chấp thuận\" và ghi lý do")
                .message().doesNotContain(other);
        assertThat(snapshotOfDecisions()).isEqualTo(before);

        rows.stream().filter(r -> r.get("proposalKey").equals(outdated))
                .forEach(r -> r.put("note", "Nhiệm vụ 4.1 đã được sửa theo Quyết định số 50/QĐ-UBND."));
        complete(DemoUsers.PROVINCE_OFFICER, decide, decision(rows, Map.of(outdated, "khong-chap-thuan", other, "chap-thuan"),
                "51/QĐ-UBND", LocalDate.now().toString()));

        long made = plan.newestVersion().orElseThrow();
        assertThat(made).isNotEqualTo(newer);
        assertThat(item(made, "4.3").product()).isEqualTo("Báo cáo hằng quý");
        assertThat(item(made, "4.1").timing()).isEqualTo("Quý I hằng năm");
        assertThat(item(made, "5.3").product()).isEqualTo("Báo cáo kết quả");
        assertThat(jdbc.sql("select based_on_version_id from kehoach.plan_version where id = ?").param(made)
                .query(Long.class).single()).isEqualTo(newer);
        assertThat(proposals.findByKey(outdated).orElseThrow().status()).isEqualTo(ProposalStatus.KHONG_CHAP_THUAN);
    }

    @Test
    void aUnitWithdrawsItsProposalBeforeTheDecisionAndTheBatchIsDecidedWithoutIt() throws Exception {
        String kept = propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "4.3",
                "newProduct", "Báo cáo hằng quý", "reason", "Cần theo dõi thường xuyên hơn hằng năm."));
        leader("so-tai-chinh", kept, "duyet", null);
        branch(kept, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        String withdrawn = propose("xa-my-tho", Map.of("amendmentKind", "bai-bo", "targetStt", "5.4",
                "reason", "Nhiệm vụ đã được thực hiện xong, không còn cần theo dõi."));
        leader("xa-my-tho", withdrawn, "duyet", null);
        branch(withdrawn, Map.of("branchDecision", "de-nghi-khong-chap-thuan", "declineReason", "Nhiệm vụ vẫn cần theo dõi."));
        String atLeader = propose("xa-my-tho", Map.of("amendmentKind", "sua-doi", "targetStt", "4.3",
                "newTiming", "Hằng quý", "reason", "Cần theo dõi thường xuyên hơn hằng năm."));
        String batch = (String) runtimeService.getVariable(instance(kept), "batchKey");
        complete(DemoUsers.CONSOLIDATOR, batchTask(batch, "Task_SubmitBatch"), Map.of("submitConfirmed", true));
        Task decide = batchTask(batch, "Task_DecideProposals");
        List<Map<String, Object>> rowsBefore = decisionRows(decide);
        assertThat(rowsBefore).extracting(r -> r.get("proposalKey")).containsExactly(kept, withdrawn);

        // another unit's officer cannot withdraw it, through /engine-rest: a Vietnamese 400, nothing changed
        String before = snapshotOfDecisions();
        ResponseEntity<String> foreign = withdrawOverRest(DemoUsers.officerOf("so-tai-chinh"), withdrawn);
        assertThat(foreign.getStatusCode().value()).as(foreign.getBody()).isEqualTo(400);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(foreign.getBody()).path("message").asText())
                .startsWith("Đơn vị của bạn không có đề xuất " + withdrawn)
                .doesNotContain("Exception", "xa-my-tho", "ENGINE-");
        ResponseEntity<String> noReason = rest(DemoUsers.officerOf("xa-my-tho"), HttpMethod.POST,
                "/engine-rest/process-definition/key/amendment-withdrawal/submit-form",
                Map.of("variables", Map.of("proposalCode", Map.of("value", withdrawn))));
        assertThat(noReason.getStatusCode().value()).as(noReason.getBody()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("Lý do rút đề xuất");
        assertThat(snapshotOfDecisions()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(withdrawn).count()).isOne();

        // its own leader withdraws it while UBND tỉnh has the batch; its officer withdraws the one still at the leader
        ResponseEntity<String> own = withdrawOverRest(DemoUsers.leaderOf("xa-my-tho"), withdrawn);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
        as.as(DemoUsers.officerOf("xa-my-tho"), () -> runtimeService.startProcessInstanceByKey("amendment-withdrawal",
                Map.of("proposalCode", atLeader.toLowerCase(), "withdrawReason", "Đơn vị đề xuất lại sau.")));
        for (String key : List.of(withdrawn, atLeader)) {
            assertThat(proposals.findByKey(key).orElseThrow().status()).isEqualTo(ProposalStatus.DA_RUT);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
        }
        assertThat(jdbc.sql("select withdrawn_by from kehoach.amendment_proposal where proposal_key = ?").param(withdrawn)
                .query(String.class).single()).isEqualTo(DemoUsers.leaderOf("xa-my-tho"));
        // UBND tỉnh's rows and the batch summary no longer hold it; a form still holding its row is decided without it
        assertThat(decisionRows(decide)).extracting(r -> r.get("proposalKey")).containsExactly(kept);
        rowsBefore.stream().filter(r -> r.get("proposalKey").equals(withdrawn)).forEach(r -> r.put("note", "Không cần."));
        complete(DemoUsers.PROVINCE_OFFICER, decide, decision(rowsBefore, Map.of(kept, "chap-thuan", withdrawn,
                "khong-chap-thuan"), "60/QĐ-UBND", LocalDate.now().toString()));
        assertThat(proposals.findByKey(kept).orElseThrow().status()).isEqualTo(ProposalStatus.CHAP_THUAN);
        Proposal afterDecision = proposals.findByKey(withdrawn).orElseThrow();
        assertThat(afterDecision.status()).isEqualTo(ProposalStatus.DA_RUT);
        assertThat(afterDecision.decision()).isNull();
        long made = plan.versionInForce(LocalDate.now()).orElseThrow();
        assertThat(plan.items(made, null)).extracting(PlanViews.Item::stt).contains("5.4");

        // after the decision, withdrawing is refused in Vietnamese and changes nothing
        String decided = snapshotOfDecisions();
        ResponseEntity<String> late = withdrawOverRest(DemoUsers.officerOf("so-tai-chinh"), kept);
        assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(400);
        assertThat(late.getBody()).contains("Đề xuất " + kept + " đã được Ủy ban nhân dân tỉnh quyết định (Quyết định số"
                + " 60/QĐ-UBND ngày " + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + "): không rút được nữa.");
        ResponseEntity<String> twice = withdrawOverRest(DemoUsers.officerOf("xa-my-tho"), withdrawn);
        assertThat(twice.getBody()).contains("Đề xuất " + withdrawn + " đã được rút trước đó.");
        assertThat(snapshotOfDecisions()).isEqualTo(decided);
        assertThat(task(kept, "Task_AcknowledgeOutcome")).isNotNull();
    }

    @Test
    void aBatchWhoseProposalsWereAllWithdrawnIsNotSubmittedEmpty() {
        String only = propose("xa-my-tho", Map.of("amendmentKind", "sua-doi", "targetStt", "4.3",
                "newProduct", "Báo cáo hằng quý", "reason", "Cần theo dõi thường xuyên hơn hằng năm."));
        leader("xa-my-tho", only, "duyet", null);
        branch(only, Map.of("branchDecision", "tiep-nhan", "branchOpinion", "Trình UBND tỉnh xem xét."));
        String batch = (String) runtimeService.getVariable(instance(only), "batchKey");
        as.as(DemoUsers.leaderOf("xa-my-tho"), () -> runtimeService.startProcessInstanceByKey("amendment-withdrawal",
                Map.of("proposalCode", only, "withdrawReason", "Đơn vị rút đề xuất.")));
        Task submit = batchTask(batch, "Task_SubmitBatch");
        assertThat(taskService.getVariable(submit.getId(), "batchSummary")).isEqualTo("(chưa có đề xuất)");
        assertThatThrownBy(() -> complete(DemoUsers.CONSOLIDATOR, submit, Map.of("submitConfirmed", true)))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("không còn đề xuất nào");
        assertThat(jdbc.sql("select status from kehoach.amendment_batch where batch_key = ?").param(batch)
                .query(String.class).single()).isEqualTo("MO");
    }

    /** A proposal waiting at the branch on the model before V19 is moved to the new model at startup. */
    @Test
    void aProposalRunningOnTheOldModelFollowsTheNewRulesAfterTheUpgrade() throws Exception {
        var repository = engine.getRepositoryService();
        List<String> deployments = new ArrayList<>();
        try {
            // kept as .txt: the auto-deployment would deploy a .bpmn of the test classpath as the application's model
            try (var old = getClass().getResourceAsStream("/amendment/amendment-request-before-v19.bpmn.txt")) {
                deployments.add(repository.createDeployment().name("kiểm thử: mô hình trước V19")
                        .addInputStream("amendment-request.bpmn", old).deploy().getId());
            }
            String old = propose("so-tai-chinh", Map.of("amendmentKind", "bai-bo", "targetStt", "5.4",
                    "reason", "Nhiệm vụ đã được thực hiện xong, không còn cần theo dõi."));
            leader("so-tai-chinh", old, "duyet", null);
            String oldDefinition = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(old).singleResult()
                    .getProcessDefinitionId();
            deployments.add(repository.createDeployment().name("kiểm thử: mô hình hiện hành")
                    .addClasspathResource("amendment-request.bpmn").deploy().getId());

            assertThat(startupMigrations.migrateConfigured()).isGreaterThanOrEqualTo(1);

            var moved = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(old).singleResult();
            assertThat(moved.getProcessDefinitionId()).isNotEqualTo(oldDefinition).isEqualTo(repository
                    .createProcessDefinitionQuery().processDefinitionKey("amendment-request").latestVersion().singleResult().getId());
            assertThat(task(old, "Task_BranchReview")).isNotNull();
            branch(old, Map.of("branchDecision", "de-nghi-khong-chap-thuan", "declineReason", "Nhiệm vụ vẫn cần theo dõi."));
            assertThat(proposals.findByKey(old).orElseThrow().recommendation())
                    .isEqualTo(Proposal.Recommendation.DE_NGHI_KHONG_CHAP_THUAN);
            as.as(DemoUsers.officerOf("so-tai-chinh"), () -> runtimeService.startProcessInstanceByKey("amendment-withdrawal",
                    Map.of("proposalCode", old, "withdrawReason", "Đơn vị rút sau khi nâng cấp.")));
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(old).count()).isZero();
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("EndEvent_ProposalWithdrawn")
                    .processInstanceId(moved.getId()).count()).isOne();
        } finally {
            deployments.forEach(id -> repository.deleteDeployment(id, true, true));
        }
    }

    /** The tờ trình goes to whoever issued the plan (its issuerUnit), by the name the units file gives it. */
    @Test
    void theSubmissionIsAddressedToThePlanIssuerAsTheUnitsFileNamesIt() throws Exception {
        String issuerUnit = plan.version(versionBefore).orElseThrow().issuerUnit();
        String name = plan.unit(issuerUnit).orElseThrow().name();
        assertThat(addresseeLine(contents.submission("TT-KIEM-THU", List.of()))).isEqualTo("Kính gửi: " + name + ".");
        try {
            // what reloading a units file that renames the unit does to the register
            jdbc.sql("update kehoach.org_unit set name = ? where id = ?").params("Ủy ban nhân dân tỉnh Đổi Tên", issuerUnit)
                    .update();
            assertThat(addresseeLine(contents.submission("TT-KIEM-THU", List.of())))
                    .isEqualTo("Kính gửi: Ủy ban nhân dân tỉnh Đổi Tên.");
        } finally {
            jdbc.sql("update kehoach.org_unit set name = ? where id = ?").params(name, issuerUnit).update();
        }
    }

    private String addresseeLine(vn.dongthap.tdcs.amendment.documents.AmendmentSubmission submission) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(submissionWriter.write(submission)))) {
            return doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .filter(t -> t.startsWith("Kính gửi")).findFirst().orElseThrow();
        }
    }

    @Test
    void badProposalsAreRefusedInVietnameseAndNothingIsStored() {
        int before = jdbc.sql("select count(*) from kehoach.amendment_proposal").query(Integer.class).single();
        assertThatThrownBy(() -> propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "9.9",
                "newTiming", "Hằng năm", "reason", "Đề xuất cho nhiệm vụ không có.")))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessage("Nhiệm vụ STT 9.9 không có trong Kế hoạch hiện hành.");
        String currentTiming = item(versionBefore, "4.1").timing();
        assertThatThrownBy(() -> propose("so-tai-chinh", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                "newTiming", currentTiming, "reason", "Không thay đổi gì cả nhưng vẫn đề xuất.")))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("chưa thay đổi nội dung nào của nhiệm vụ STT 4.1");
        assertThatThrownBy(() -> propose("so-tai-chinh", Map.of("amendmentKind", "bo-sung", "newStt", "4.1",
                "newGroup", "4", "newContent", "Trùng STT", "newTiming", "2026", "reason", "Bổ sung với STT đã có.")))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("đã có trong Kế hoạch");
        assertThatThrownBy(() -> as.as(DemoUsers.MANAGER, () -> runtimeService.startProcessInstanceByKey("amendment-request",
                Map.of("amendmentKind", "bai-bo", "targetStt", "5.4", "reason", "Người không thuộc đơn vị nào."))))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("không thuộc nhóm cán bộ của đơn vị nào");
        assertThat(jdbc.sql("select count(*) from kehoach.amendment_proposal").query(Integer.class).single()).isEqualTo(before);
    }

    private ResponseEntity<String> withdrawOverRest(String user, String proposalKey) {
        return rest(user, HttpMethod.POST, "/engine-rest/process-definition/key/amendment-withdrawal/submit-form",
                Map.of("variables", Map.of("proposalCode", Map.of("value", proposalKey),
                        "withdrawReason", Map.of("value", "Đơn vị không còn đề nghị thay đổi này."))));
    }

    private ResponseEntity<String> rest(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, java.nio.charset.StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return http.exchange(url, method, new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(body), headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String propose(String unitId, Map<String, Object> variables) {
        return as.as(DemoUsers.officerOf(unitId),
                () -> runtimeService.startProcessInstanceByKey("amendment-request", variables).getBusinessKey());
    }

    private void leader(String unitId, String key, String decision, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("approvalDecision", decision);
        variables.put("returnReason", reason);
        complete(DemoUsers.leaderOf(unitId), task(key, "Task_LeaderReviewProposal"), variables);
    }

    private void branch(String key, Map<String, Object> variables) {
        complete(DemoUsers.CONSOLIDATOR, task(key, "Task_BranchReview"), variables);
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        as.as(user, () -> taskService.complete(task.getId(), variables));
    }

    private Task task(String businessKey, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private Task batchTask(String batchKey, String definitionKey) {
        return task(batchKey, definitionKey);
    }

    private String instance(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private PlanViews.Item item(long versionId, String stt) {
        return plan.items(versionId, null).stream().filter(i -> i.stt().equals(stt)).findFirst().orElseThrow();
    }

    private static JsonValue units(String... ids) {
        return SpinValues.jsonValue("[\"" + String.join("\",\"", ids) + "\"]").create();
    }

    private List<Map<String, Object>> decisionRowsOf(Task decide) {
        try {
            return decisionRows(decide);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The batch and proposal rows and the plan versions: equal snapshots mean a refused decision changed nothing. */
    private String snapshotOfDecisions() {
        return String.join("|",
                jdbc.sql("select id, batch_key, status, decision_number, decision_date, decided_by, plan_version_id,"
                        + " new_plan_version_id from kehoach.amendment_batch order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.amendment_proposal order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_version order by id").query().listOfRows().toString());
    }

    /** The rows as the decision form has them: texts, and lists of unit ids for the units' taglists. */
    private List<Map<String, Object>> decisionRows(Task decide) throws Exception {
        JsonValue rows = taskService.getVariableTyped(decide.getId(), "decisions");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Map<String, Object>> list = new ArrayList<>();
        for (var node : json.readTree(rows.getValueSerialized())) {
            Map<String, Object> row = new HashMap<>();
            node.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().isArray()
                    ? json.convertValue(e.getValue(), List.class) : e.getValue().asText()));
            list.add(row);
        }
        return list;
    }

    private static Map<String, Object> decision(List<Map<String, Object>> rows, Map<String, String> decisions, String number,
                                                String date) {
        List<Map<String, Object>> decided = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put("decision", decisions.get(row.get("proposalKey")));
            decided.add(copy);
        }
        Map<String, Object> variables = new HashMap<>();
        try {
            variables.put("decisions", SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(decided)).create());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        variables.put("decisionNumber", number);
        variables.put("decisionDate", date);
        return variables;
    }

    /** Both users complete the task at the same moment; true for each completion that went through. */
    private List<Boolean> race(String taskId, List<String> users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String user : users) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    as.as(user, () -> taskService.complete(taskId, Map.of("submitConfirmed", true)));
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        return outcomes;
    }

    private void closeOpenBatches() {
        AmendedVersions.closeOpenBatches(runtimeService, jdbc);
    }
}

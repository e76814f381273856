package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.platform.BrowserScript;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Issue 12: the branch's reviewer in the real Tasklist (Chromium, --lang=vi) sees the whole proposal — the plan item
 * beside the proposed text, units by name, the clarification question and the unit's answer — and the unit's
 * officer withdraws it through "Khởi tạo quy trình" and is told its code. src/test/browser/tasklist-amendment-review.mjs
 * drives the browser and fails on English UI words and ids; screenshots under target/screenshots/.
 */
@PostgresIntegrationTest
class TasklistAmendmentReviewBrowserIT {

    private static final String UNIT = "so-tai-chinh";
    private static final long TIMEOUT_SECONDS = 180;

    @Autowired
    ReportingTestSupport as;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Proposals proposals;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @Value("${app.demo.password}")
    String password;

    private final BrowserScript browser = new BrowserScript("tasklist-amendment-review.mjs", "tasklist-amendment-review-");
    private String key;

    @AfterEach
    void cleanUp() {
        if (key != null) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true));
        }
    }

    @Test
    void theBranchReadsTheWholeProposalAndTheUnitWithdrawsIt() throws Exception {
        browser.assertToolsInstalled();
        Map<String, Object> proposal = new HashMap<>(Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                "newTiming", "Hằng năm, trước ngày 31/12", "reason", "Gắn với kỳ lập dự toán ngân sách hằng năm."));
        proposal.put("newCoop", SpinValues.jsonValue("[\"ubnd-cap-xa\"]").create());
        key = as.as(DemoUsers.officerOf(UNIT),
                () -> runtimeService.startProcessInstanceByKey("amendment-request", proposal).getBusinessKey());
        complete(DemoUsers.leaderOf(UNIT), "Task_LeaderReviewProposal", Map.of("approvalDecision", "duyet"));
        complete(DemoUsers.CONSOLIDATOR, "Task_BranchReview",
                Map.of("branchDecision", "giai-trinh", "clarificationQuestion", "Hạn 31/12 có kịp số liệu quyết toán không?"));
        Map<String, Object> answer = new HashMap<>(proposal);
        answer.put("clarificationAnswer", "Kịp: số liệu quyết toán có trước ngày 15/12.");
        complete(DemoUsers.officerOf(UNIT), "Task_AnswerClarification", answer);

        browser.run(Map.of("BASE_URL", "http://localhost:" + port, "PASSWORD", password,
                "CHROMIUM_PATH", BrowserScript.CHROMIUM.toString(), "SCREENSHOT_DIR", browser.screenshotDir().toString(),
                "REVIEWER_USER", DemoUsers.CONSOLIDATOR, "OFFICER_USER", DemoUsers.officerOf(UNIT), "PROPOSAL_KEY", key,
                "EXPECTED_TEXTS", String.join("|", key, "Kế hoạch hiện hành", "Nội dung đề xuất (chỉ phần thay đổi)",
                        "Thời gian thực hiện: Hằng năm, trước ngày 31/12", "Đơn vị phối hợp: UBND cấp xã",
                        "Hạn 31/12 có kịp số liệu quyết toán không?", "Đơn vị giải trình (",
                        "Kịp: số liệu quyết toán có trước ngày 15/12.", "Lãnh đạo đơn vị đã duyệt ("),
                "FORBIDDEN_IDS", String.join(",", UNIT, "ubnd-cap-xa", "nhcsxh-tong-hop")), TIMEOUT_SECONDS);

        assertThat(proposals.findByKey(key).orElseThrow().status()).isEqualTo(ProposalStatus.DA_RUT);
        assertThat(jdbc.sql("select withdrawn_by from kehoach.amendment_proposal where proposal_key = ?").param(key)
                .query(String.class).single()).isEqualTo(DemoUsers.officerOf(UNIT));
        assertThat(browser.screenshots())
                .contains("tasklist-amendment-review-02-review-opened.png", "tasklist-amendment-review-04-withdrawn.png");
    }

    private void complete(String user, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
        as.as(user, () -> taskService.complete(task.getId(), variables));
    }
}

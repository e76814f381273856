package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.platform.BrowserScript;

/**
 * A unit's report through the real Tasklist in Chromium: the officer completes the empty draft (refused in
 * Vietnamese, with the summary of what is missing, linked to each field), types figures the Vietnamese way
 * ("1.500,5"), fills half of the plan items and saves; a second officer of the unit, in another browser context,
 * continues the draft kept on the server, has an out-of-bounds figure refused by the server in Vietnamese and
 * completes it; the leader reads the report per item, returns it with a reason (required), the first officer sees
 * the reason, corrects and resubmits, the leader approves. The script fails on any English UI word or id on the
 * screens it passes. src/test/browser/tasklist-unit-report.mjs drives the browser
 * (playwright-core from node_modules, Debian's Chromium); this test opens the round, runs the script and
 * checks what reached the database. Node.js, node_modules and Chromium are required: CI installs them.
 */
@PostgresIntegrationTest
class TasklistUnitReportBrowserIT {

    private static final String UNIT = "xa-tan-hong";
    private static final long TIMEOUT_SECONDS = 420;
    /** Typed into the figure fields of the draft form, the Vietnamese way; what must be stored. */
    private static final String BUDGET_ENTRUSTED = "1.500,5";
    private static final String BUDGET_STORED = "1500.5";
    private static final String POOR_FUND = "86,5";
    private static final String POOR_FUND_STORED = "86.5";
    /** A second officer of the unit, made for this test: continues the first one's draft from another browser. */
    private static final String SECOND_OFFICER = "canbo2-" + UNIT;
    private static final String RETURN_REASON = "Đề nghị bổ sung kết quả cụ thể của nhiệm vụ đầu tiên.";

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ReportRounds rounds;
    @Autowired
    Submissions submissions;
    @Autowired
    UnitStates states;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;
    @Value("${app.demo.password}")
    String password;

    private final BrowserScript browser = new BrowserScript("tasklist-unit-report.mjs", "tasklist-unit-report-");
    private String roundKey;

    @AfterEach
    void purgeRound() {
        if (roundKey != null) {
            reporting.purgeRound(roundKey);
        }
        identityService.deleteUser(SECOND_OFFICER);
    }

    private void createSecondOfficer() {
        if (identityService.createUserQuery().userId(SECOND_OFFICER).singleResult() == null) {
            User user = identityService.newUser(SECOND_OFFICER);
            user.setFirstName("Cán bộ thứ hai");
            user.setLastName("Xã Tân Hồng");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(SECOND_OFFICER, UnitGroups.officers(UNIT));
        }
    }

    /** The name people read for a user (Tasklist's header, the draft's "bởi …"). */
    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    @Test
    void officerDraftsAndLeaderApprovesInTheTasklist() throws Exception {
        browser.assertToolsInstalled();
        roundKey = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(UNIT),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        Task draft = reporting.draftTask(roundKey, UNIT);
        assertThat(draft).as("draft task of %s in %s", UNIT, roundKey).isNotNull();
        int planItems = planItemCount(draft);
        String resultText = "Kiểm thử trên trình duyệt " + UUID.randomUUID().toString().substring(0, 8);
        String correctedText = resultText + " – đã bổ sung theo ý kiến lãnh đạo";
        createSecondOfficer();
        browser.deleteScreenshots();

        browser.run(Map.ofEntries(
                Map.entry("BASE_URL", "http://localhost:" + port),
                Map.entry("OFFICER_USER", DemoUsers.officerOf(UNIT)),
                Map.entry("OFFICER_NAME", nameOf(DemoUsers.officerOf(UNIT))),
                Map.entry("SECOND_OFFICER_USER", SECOND_OFFICER),
                Map.entry("LEADER_USER", DemoUsers.leaderOf(UNIT)),
                Map.entry("PASSWORD", password),
                Map.entry("RESULT_TEXT", resultText),
                Map.entry("CORRECTED_TEXT", correctedText),
                Map.entry("RETURN_REASON", RETURN_REASON),
                Map.entry("BUDGET_ENTRUSTED", BUDGET_ENTRUSTED),
                Map.entry("POOR_FUND", POOR_FUND),
                Map.entry("FIGURE_SUMMARY", "Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm: 1.500,50 triệu đồng\n"
                        + "Đóng góp Quỹ “Vì người nghèo” trong năm: 86,50 triệu đồng"),
                Map.entry("ROUND_TITLE", rounds.findByKey(roundKey).orElseThrow().title()),
                Map.entry("DEADLINE_TEXT", rounds.findByKey(roundKey).orElseThrow().deadline()
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                Map.entry("FORBIDDEN_IDS", UNIT),
                Map.entry("SCREENSHOT_DIR", browser.screenshotDir().toString()),
                Map.entry("CHROMIUM_PATH", BrowserScript.CHROMIUM.toString())), TIMEOUT_SECONDS);
        // Nothing in unit-report is asynchronous today; run jobs anyway as the job executor would.
        reporting.executeJobsOf(roundKey);

        ReportRound round = rounds.findByKey(roundKey).orElseThrow();
        assertThat(states.of(round, UNIT)).get().extracting(UnitStates.Standing::state)
                .isEqualTo(UnitState.DA_NOP_DUNG_HAN);
        List<Submissions.Submission> versions = submissions.versions(round.id(), UNIT);
        assertThat(versions).hasSize(1);
        Submissions.Submission submission = versions.get(0);
        assertThat(submission.approvedBy()).isEqualTo(DemoUsers.leaderOf(UNIT));
        assertThat(submission.figures().get("budgetEntrusted")).isEqualByComparingTo(BUDGET_STORED);
        assertThat(submission.figures().get("poorFundContribution")).isEqualByComparingTo(POOR_FUND_STORED);
        List<Submissions.Item> items = submissions.items(submission.id());
        assertThat(items).hasSize(planItems)
                .allSatisfy(item -> assertThat(item.level()).isEqualTo("da-hoan-thanh"));
        // Half typed by the first officer, the rest by the second, the first corrected after the return.
        assertThat(items).extracting(Submissions.Item::result).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, planItems).mapToObj(n -> n == 1 ? correctedText : resultText + " – nhiệm vụ " + n)
                        .toList());
        assertThat(submissions.returns(round.id(), UNIT)).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RETURN_REASON);
            assertThat(r.returnedBy()).isEqualTo(DemoUsers.leaderOf(UNIT));
        });

        // screenshots() checks that each is a PNG
        assertThat(browser.screenshots()).containsExactly(
                "tasklist-unit-report-01-officer-logged-in.png",
                "tasklist-unit-report-02-draft-opened.png",
                "tasklist-unit-report-03-draft-empty-refused.png",
                "tasklist-unit-report-04-draft-summary-link-followed.png",
                "tasklist-unit-report-05-draft-english-decimals-refused.png",
                "tasklist-unit-report-06-draft-saved.png",
                "tasklist-unit-report-07-draft-resumed-by-second-officer.png",
                "tasklist-unit-report-08-draft-out-of-bounds-refused.png",
                "tasklist-unit-report-09-draft-filled.png",
                "tasklist-unit-report-10-draft-completed.png",
                "tasklist-unit-report-11-leader-logged-in.png",
                "tasklist-unit-report-12-approval-opened.png",
                "tasklist-unit-report-13-approval-return-without-reason.png",
                "tasklist-unit-report-14-approval-returned.png",
                "tasklist-unit-report-15-draft-returned-with-reason.png",
                "tasklist-unit-report-16-draft-resubmitted.png",
                "tasklist-unit-report-17-approval-reopened.png",
                "tasklist-unit-report-18-approval-decided.png",
                "tasklist-unit-report-19-approval-completed.png");
    }

    /** How many plan items the draft form lists: the browser must fill them all. */
    private int planItemCount(Task draft) throws IOException {
        int count = new ObjectMapper().readTree(reporting.formJson(draft.getId(), UnitReportForm.ITEMS)).size();
        assertThat(count).as("plan items of %s", UNIT).isPositive();
        return count;
    }
}

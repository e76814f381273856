package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.platform.BrowserScript;

/**
 * The consolidator's day in the real Tasklist (Chromium, --lang=vi): she opens the year's round after its deadline
 * by the regime has passed (the start form warns, the server refuses, she gives a new deadline), sees on her desk
 * the figures of the moment (two units submitted after the desk was created), and closes the round once she has
 * confirmed how many units have not submitted. src/test/browser/tasklist-consolidator.mjs drives the browser in
 * two phases; between them this test runs the job executor's work and two units' submissions, and afterwards
 * checks what reached the database. Every screen is checked for English UI words and ids.
 */
@PostgresIntegrationTest
class TasklistConsolidatorBrowserIT {

    /** A year whose deadline by the regime (before 05/10) has passed, and which the plan lets a round open for. */
    private static final int YEAR = 2026;
    private static final String ROUND = "BC-NAM-" + YEAR;
    private static final List<String> SUBMITTING = List.of("xa-tan-hong", "so-tai-chinh");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long TIMEOUT_SECONDS = 180;

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    ReportRounds rounds;
    @Autowired
    UnitStates states;
    @Autowired
    TaskService taskService;
    @LocalServerPort
    int port;
    @Value("${app.demo.password}")
    String password;

    private final BrowserScript browser = new BrowserScript("tasklist-consolidator.mjs", "tasklist-consolidator-");

    @AfterEach
    void purge() {
        reporting.purgeRound(ROUND);
    }

    @Test
    void consolidatorOpensARoundAfterItsDeadlineWatchesItAndClosesItWithConfirmation() throws Exception {
        browser.assertToolsInstalled();
        reporting.purgeRound(ROUND);
        browser.deleteScreenshots();
        LocalDate newDeadline = LocalDate.now(VIETNAM).plusDays(30);
        Map<String, String> environment = new HashMap<>(Map.of(
                "BASE_URL", "http://localhost:" + port,
                "USER", DemoUsers.CONSOLIDATOR,
                "PASSWORD", password,
                "YEAR", String.valueOf(YEAR),
                "NEW_DEADLINE", newDeadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "ROUND_KEY", ROUND,
                "FORBIDDEN_IDS", String.join(",", SUBMITTING) + ",xa-my-tho,phuong-my-tho,nhcsxh-tinh",
                "SCREENSHOT_DIR", browser.screenshotDir().toString(),
                "CHROMIUM_PATH", BrowserScript.CHROMIUM.toString()));
        environment.put("SUBMITTED", "0");
        environment.put("NOT_SUBMITTED", "0");

        environment.put("PHASE", "open");
        browser.run(environment, TIMEOUT_SECONDS);
        ReportRound round = rounds.findByKey(ROUND).orElseThrow();
        assertThat(round.deadline()).as("the new deadline (rolled off a day off)").isAfterOrEqualTo(newDeadline);
        assertThat(round.deadlineOverridden()).isTrue();

        // the job executor opens every unit's report; the desk is created; then two units submit
        reporting.executeJobsOf(ROUND);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ROUND)
                .taskDefinitionKey("Task_MonitorRound").count()).isEqualTo(1);
        SUBMITTING.forEach(unit -> reporting.submit(ROUND, unit, DemoUsers.officerOf(unit), DemoUsers.leaderOf(unit)));
        long notSubmitted = states.of(round).stream().filter(s -> !s.state().submitted()).count();
        assertThat(notSubmitted).isEqualTo(rounds.units(round.id()).size() - SUBMITTING.size());

        environment.put("PHASE", "desk");
        environment.put("SUBMITTED", String.valueOf(SUBMITTING.size()));
        environment.put("NOT_SUBMITTED", String.valueOf(notSubmitted));
        browser.run(environment, TIMEOUT_SECONDS);
        reporting.executeJobsOf(ROUND);

        ReportRound closed = rounds.findByKey(ROUND).orElseThrow();
        assertThat(closed.status()).isEqualTo(RoundStatus.DA_DONG);
        // the units that had to report are recorded as not submitted, the invited ones as not sent (không bắt buộc)
        assertThat(states.of(closed).stream().filter(s -> s.state() == UnitState.KHONG_NOP
                || s.state() == UnitState.KHONG_GUI_KHONG_BAT_BUOC).count()).isEqualTo(notSubmitted);
        assertThat(browser.screenshots()).containsExactly(
                "tasklist-consolidator-01-logged-in.png",
                "tasklist-consolidator-02-start-form-warns.png",
                "tasklist-consolidator-03-start-refused-past-deadline.png",
                "tasklist-consolidator-04-start-new-deadline.png",
                "tasklist-consolidator-05-round-opened.png",
                "tasklist-consolidator-11-desk-listed.png",
                "tasklist-consolidator-12-desk-live-figures.png",
                "tasklist-consolidator-13-desk-close-chosen.png",
                "tasklist-consolidator-14-desk-close-unconfirmed.png",
                "tasklist-consolidator-15-desk-close-confirmed.png",
                "tasklist-consolidator-16-round-closed.png");
    }
}

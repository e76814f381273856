package vn.dongthap.tdcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.platform.BrowserScript;
import vn.dongthap.tdcs.reporting.ReportRounds;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Headless Chromium with Vietnamese as the browser language: Tasklist shows Vietnamese menus, and the
 * round dashboard shows each unit with the status the database holds. Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
class DashboardBrowserIT {

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RoundDashboard dashboard;
    @Autowired
    ReportRounds rounds;
    @LocalServerPort
    int port;
    @Value("${app.demo.password}")
    String password;

    String round;

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void theDashboardShowsTheStatusesOfTheDatabaseInVietnamese() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "xa-my-tho"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));

        String output = new BrowserScript("dashboard.mjs", "dashboard-").run(Map.of("BASE_URL", "http://localhost:" + port,
                "USER", DemoUsers.MANAGER, "PASSWORD", password, "ROUND", round, "SCREENSHOT_DIR", "target/screenshots",
                "CHROMIUM_PATH", BrowserScript.CHROMIUM.toString()), 120);

        String json = output.lines().filter(l -> l.startsWith("STATUSES ")).findFirst().orElseThrow().substring(9);
        @SuppressWarnings("unchecked")
        Map<String, String> shown = new ObjectMapper().readValue(json, Map.class);
        Map<String, String> inDatabase = dashboard.of(rounds.findByKey(round).orElseThrow()).units().stream()
                .collect(Collectors.toMap(RoundDashboard.Row::unitId, RoundDashboard.Row::statusLabel));
        assertThat(shown).isEqualTo(inDatabase)
                .containsEntry("xa-tan-hong", "Đã nộp đúng hạn").containsEntry("xa-my-tho", "Đang soạn");
        assertThat(output).contains("PROGRESS Đã nộp 1/2 đơn vị").contains("CSP_VIOLATIONS []");
        assertThat(Files.size(Path.of("target/screenshots/dashboard-02-round-dashboard.png"))).isPositive();
    }
}

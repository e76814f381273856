package vn.dongthap.tdcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.platform.BrowserScript;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Headless Chromium with Vietnamese as the browser language (src/test/browser/history.mjs): not logged in, every
 * page goes to the login page; the manager reads the history of a finished round and of a unit report with a
 * return; the unit's leader sees only their own unit and no link that would be refused. Every screen's visible
 * text is checked for English UI words and ids; screenshots in target/screenshots/history-*.png.
 */
@PostgresIntegrationTest
class HistoryBrowserIT {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    ReportingTestSupport reporting;
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
    void managersAndLeadersReadTheHistoryOfAFinishedRoundInVietnamese() throws Exception {
        round = scenario.finishedRound();

        Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "PASSWORD", password,
                "MANAGER_USER", DemoUsers.MANAGER, "LEADER_USER", DemoUsers.leaderOf(HistoryScenario.RETURNED_BY_LEADER),
                "ROUND", round, "LEADER_UNIT", HistoryScenario.RETURNED_BY_LEADER,
                "RETURNED_UNIT", HistoryScenario.RETURNED_BY_CONSOLIDATOR, "LEADER_REASON", HistoryScenario.LEADER_REASON,
                "CONSOLIDATOR_REASON", HistoryScenario.CONSOLIDATOR_REASON, "LEADER_UNIT_NAME", "Xã Tân Hồng"));
        env.put("OTHER_UNIT_NAME", "Phường Mỹ Tho");
        env.put("FORBIDDEN_IDS", String.join(",", HistoryScenario.UNITS) + ",nhcsxh-tinh,nhcsxh-tong-hop,quan-ly");
        env.put("SCREENSHOT_DIR", "target/screenshots");
        env.put("CHROMIUM_PATH", BrowserScript.CHROMIUM.toString());
        String output = new BrowserScript("history.mjs", "history-").run(env, 180);
        assertThat(output.lines().filter(l -> l.startsWith("SCREEN "))).hasSize(9);
        assertThat(output).contains("COCKPIT_DATES ");
        assertThat(Files.size(Path.of("target/screenshots/history-03-quan-ly-lich-su-ky.png"))).isPositive();
    }
}

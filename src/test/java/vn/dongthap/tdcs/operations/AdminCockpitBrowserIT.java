package vn.dongthap.tdcs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.platform.BrowserScript;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Headless Chromium with Vietnamese as the browser language (src/test/browser/admin-cockpit.mjs): the administrator
 * reads every Camunda Admin page and the Cockpit pages no other browser test opens, while a round runs and one unit's
 * report has an incident. Every screen's visible text is checked for English UI words, ISO dates and engine ids;
 * account and group ids only where Admin manages them, beside the names. Screenshots in
 * target/screenshots/admin-cockpit-*.png.
 */
@PostgresIntegrationTest
class AdminCockpitBrowserIT {

    private static final String UNIT = "xa-tan-hong";
    private static final String INCIDENT_MESSAGE = "Máy chủ thư không trả lời (kiểm thử)";

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.id}")
    String adminUser;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    String round;

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void theAdministratorReadsAdminAndCockpitInVietnamese() throws Exception {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(UNIT, "xa-my-tho"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        // The open incident a failed job leaves (after its retries), on the unit's report.
        runtimeService.createIncident("failedJob", reporting.draftTask(round, UNIT).getExecutionId(), null,
                INCIDENT_MESSAGE);

        User officer = identityService.createUserQuery().userId(DemoUsers.officerOf(UNIT)).singleResult();
        User admin = identityService.createUserQuery().userId(adminUser).singleResult();
        String officers = UnitGroups.officers(UNIT);
        assertThat(identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName())
                .isEqualTo("Quản trị hệ thống");

        BrowserScript script = new BrowserScript("admin-cockpit.mjs", "admin-cockpit-");
        script.assertToolsInstalled();
        script.deleteScreenshots();
        String output = script.run(Map.ofEntries(Map.entry("BASE_URL", "http://localhost:" + port),
                Map.entry("ADMIN_USER", adminUser), Map.entry("PASSWORD", adminPassword),
                Map.entry("ADMIN_NAME", admin.getFirstName() + " " + admin.getLastName()),
                Map.entry("USER_ID", officer.getId()),
                Map.entry("USER_NAME", officer.getFirstName() + " " + officer.getLastName()),
                Map.entry("GROUP_ID", officers),
                Map.entry("GROUP_NAME", identityService.createGroupQuery().groupId(officers).singleResult().getName()),
                Map.entry("PROCESS_KEY", ProcessKeys.UNIT_REPORT), Map.entry("PROCESS_NAME", "Báo cáo của đơn vị"),
                Map.entry("ROUND", round),
                Map.entry("INCIDENT_MESSAGE", INCIDENT_MESSAGE),
                Map.entry("SCREENSHOT_DIR", script.screenshotDir().toString()),
                Map.entry("CHROMIUM_PATH", BrowserScript.CHROMIUM.toString())), 300);

        assertThat(output.lines().filter(line -> line.startsWith("SCREEN "))).hasSize(24);
        assertThat(output).contains("ADMIN_IDS admin-nguoi-dung: ").contains("ADMIN_IDS admin-nhom: ");
        assertThat(script.screenshots()).hasSize(25);
    }
}

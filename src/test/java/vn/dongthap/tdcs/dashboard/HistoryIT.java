package vn.dongthap.tdcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dongthap.tdcs.dashboard.HistoryScenario.CONSOLIDATOR_REASON;
import static vn.dongthap.tdcs.dashboard.HistoryScenario.LEADER_REASON;
import static vn.dongthap.tdcs.dashboard.HistoryScenario.MISSING;
import static vn.dongthap.tdcs.dashboard.HistoryScenario.RETURNED_BY_CONSOLIDATOR;
import static vn.dongthap.tdcs.dashboard.HistoryScenario.RETURNED_BY_LEADER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * The history of a finished round and of its unit reports, read over HTTP as each role: who did what and when,
 * by name, every version and return with its reason; a unit's leader sees their own unit only; the dashboard
 * offers no link its viewer cannot open; the pages send a browser without login to the login page.
 */
@PostgresIntegrationTest
class HistoryIT {

    private static final Pattern TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    private static final Pattern ACCOUNT_OR_GROUP_ID = Pattern.compile("(canbo|lanhdao)-[a-z-]+|[a-z-]+\\.(can-bo|lanh-dao)|tonghop|quanly");

    @Autowired
    HistoryScenario scenario;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    String round;

    @BeforeEach
    void finishedRound() {
        round = scenario.finishedRound();
    }

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void aManagerReadsWhoDidWhatInAFinishedRoundAndInEachUnitReport() throws Exception {
        JsonNode view = json(get(DemoUsers.MANAGER, "/api/history/rounds/" + round));
        List<String> lines = lines(view.get("entries"));
        assertThat(lines.get(0)).contains("Cán bộ tổng hợp Chi nhánh NHCSXH tỉnh | Mở kỳ báo cáo");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Lãnh đạo Xã Tân Hồng | Xã Tân Hồng nộp báo cáo lần 1"))
                .anySatisfy(l -> assertThat(l).contains("Chi nhánh NHCSXH tỉnh trả lại báo cáo đã nộp (Xã Mỹ Thọ)")
                        .contains(CONSOLIDATOR_REASON))
                .anySatisfy(l -> assertThat(l).contains("Kỳ báo cáo đã đóng").contains("Đã nộp 1/3 đơn vị")
                        .contains("Phường Mỹ Tho"))
                .anySatisfy(l -> assertThat(l).contains("Lãnh đạo Chi nhánh NHCSXH tỉnh | Lãnh đạo Chi nhánh duyệt báo cáo tổng hợp"))
                .anySatisfy(l -> assertThat(l).contains("Gửi báo cáo tổng hợp").contains("Nơi nhận:"));
        assertThat(view.get("units").findValuesAsText("unitName"))
                .containsExactlyInAnyOrder("Xã Tân Hồng", "Xã Mỹ Thọ", "Phường Mỹ Tho");
        assertEveryEntryIsReadable(view);

        JsonNode unit = json(get(DemoUsers.MANAGER, "/api/history/rounds/" + round + "/units/" + RETURNED_BY_LEADER));
        List<String> unitLines = lines(unit.get("entries"));
        assertThat(unitLines).filteredOn(l -> l.contains("Cán bộ Xã Tân Hồng | Hoàn thành: ")).hasSize(2);
        assertThat(unitLines).anySatisfy(l -> assertThat(l)
                .contains("Lãnh đạo Xã Tân Hồng | Lãnh đạo đơn vị trả lại dự thảo để chỉnh sửa | Lý do: " + LEADER_REASON));
        assertThat(unitLines).anySatisfy(l -> assertThat(l).contains("Lãnh đạo đơn vị duyệt, nộp báo cáo lần 1"));
        assertThat(unitLines.get(unitLines.size() - 1)).contains("Kỳ báo cáo đã đóng").contains("Đã nộp đúng hạn");
        assertThat(unit.get("versions")).hasSize(1);
        assertThat(unit.get("versions").get(0).get("approvedBy").asText()).isEqualTo("Lãnh đạo Xã Tân Hồng");
        assertThat(unit.get("versions").get(0).get("figures").toString()).contains("1.500,5");
        assertEveryEntryIsReadable(unit);

        JsonNode missing = json(get(DemoUsers.MANAGER, "/api/history/rounds/" + round + "/units/" + MISSING));
        assertThat(lines(missing.get("entries")).get(lines(missing.get("entries")).size() - 1)).contains("Không nộp");
    }

    @Test
    void aUnitLeaderSeesOnlyTheirOwnUnitAndOthersAreRefused() throws Exception {
        String leader = DemoUsers.leaderOf(RETURNED_BY_LEADER);
        JsonNode view = json(get(leader, "/api/history/rounds/" + round));
        assertThat(view.get("units").findValuesAsText("unitName")).containsExactly("Xã Tân Hồng");
        assertThat(view.toString()).doesNotContain("Xã Mỹ Thọ", CONSOLIDATOR_REASON, "Phường Mỹ Tho");
        assertThat(get(leader, "/api/history/rounds/" + round + "/units/" + RETURNED_BY_LEADER).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<String> other = get(leader, "/api/history/rounds/" + round + "/units/" + RETURNED_BY_CONSOLIDATOR);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(other).get("detail").asText()).isEqualTo("Lãnh đạo đơn vị chỉ xem được lịch sử báo cáo của đơn vị mình.");
        assertThat(get(DemoUsers.leaderOf("so-tai-chinh"), "/api/history/rounds/" + round).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(DemoUsers.officerOf(RETURNED_BY_LEADER), "/api/history/rounds/" + round + "/units/"
                + RETURNED_BY_CONSOLIDATOR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/history/rounds/" + round, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDashboardLinksOnlyToWhatItsViewerMayOpen() throws Exception {
        JsonNode manager = json(get(DemoUsers.MANAGER, "/api/dashboard/rounds/" + round)).get("links");
        assertThat(manager.get("word").asBoolean()).isTrue();
        assertThat(manager.get("excel").asBoolean()).isTrue();
        assertThat(manager.get("cockpit").asBoolean()).as("Cockpit shows no finished instance").isFalse();
        assertThat(get(DemoUsers.MANAGER, "/api/rounds/" + round + "/documents/word").getStatusCode()).isEqualTo(HttpStatus.OK);

        String leader = DemoUsers.leaderOf(RETURNED_BY_LEADER);
        JsonNode leaders = json(get(leader, "/api/dashboard/rounds/" + round)).get("links");
        assertThat(leaders.get("word").asBoolean()).isFalse();
        assertThat(leaders.get("excel").asBoolean()).isFalse();
        assertThat(leaders.get("cockpit").asBoolean()).isFalse();
        // what the page would have offered before: a refusal
        assertThat(get(leader, "/api/rounds/" + round + "/documents/word").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(leader, "/api/dashboard/rounds/" + round + "/csv").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyPageSendsABrowserWithoutLoginToTheLoginPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("/bang-theo-doi.html?round=" + round, "/de-xuat.html", "/dinh-kem.html?round=" + round
                + "&unit=xa-tan-hong", "/lich-su.html?round=" + round)) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page)
                    .endsWith("/dang-nhap.html?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
        assertThat(http.getForEntity("/dang-nhap.html", String.class).getBody()).contains("Đăng nhập", "Mật khẩu");
    }

    /** Every entry has a Vietnamese time and names, never an account or group id. */
    private static void assertEveryEntryIsReadable(JsonNode view) {
        for (JsonNode entry : view.get("entries")) {
            assertThat(entry.get("at").asText()).matches(TIME);
            assertThat(entry.get("who").asText() + " " + entry.get("what").asText() + " " + entry.get("detail").asText())
                    .doesNotContainPattern(ACCOUNT_OR_GROUP_ID).doesNotContain("system");
        }
    }

    private static List<String> lines(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add(e.get("at").asText() + " | " + e.get("who").asText() + " | " + e.get("what").asText()
                + " | " + e.get("detail").asText()));
        return lines;
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return new ObjectMapper().readTree(response.getBody());
    }
}

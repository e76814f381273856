package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
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

/** The application's pages and API tell browsers to run only this server's scripts and not to be framed elsewhere. */
@PostgresIntegrationTest
class SecurityHeadersIT {

    private static final List<String> PAGES = List.of("/bang-theo-doi.html", "/de-xuat.html", "/dinh-kem.html",
            "/ky-gui.html", "/lich-su.html", "/dang-nhap.html");
    private static final Pattern INLINE = Pattern.compile("<script>|<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    @Test
    void theDashboardPageCarriesTheSecurityHeadersAndWithoutLoginSendsToTheLoginPage() throws Exception {
        HttpResponse<String> page = session().get("/bang-theo-doi.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
        ResponseEntity<String> anonymous = http.getForEntity("/bang-theo-doi.html", String.class); // follows the redirect
        assertThat(anonymous.getBody()).contains("assets/dang-nhap.js");
        assertSecurityHeaders(anonymous.getHeaders());
    }

    @Test
    void apiResponsesCarryTheSecurityHeadersAnsweredOrRefused() {
        HttpHeaders login = new HttpHeaders();
        login.setBasicAuth(DemoUsers.MANAGER, password);
        ResponseEntity<String> units = http.exchange("/api/units", HttpMethod.GET, new HttpEntity<>(login), String.class);
        assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertSecurityHeaders(units.getHeaders());

        ResponseEntity<String> anonymous = http.getForEntity("/api/units", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertSecurityHeaders(anonymous.getHeaders());
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleAndTheirFilesAreServedWithTheHeaders() throws Exception {
        WebappSession session = session();
        for (String path : PAGES) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders(page.headers());
            assertThat(INLINE.matcher(page.body()).find()).as(path + " has inline script or style").isFalse();
            String name = path.substring(1, path.length() - ".html".length());
            for (String asset : List.of("/assets/" + name + ".js", "/assets/" + name + ".css")) {
                assertThat(page.body()).as(path).contains("\"" + asset.substring(1) + "\"");
                ResponseEntity<String> file = http.getForEntity(asset, String.class);
                assertThat(file.getStatusCode()).as(asset).isEqualTo(HttpStatus.OK);
                assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).as(asset).isEqualTo("nosniff");
            }
        }
    }

    @Test
    void camundaWebappsKeepTheirOwnHeaders() {
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getHeaders().get("Content-Security-Policy")).singleElement().asString()
                .contains("'strict-dynamic'").doesNotContain(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private WebappSession session() throws Exception {
        return WebappSession.loginToTasklist(http.getRootUri(), DemoUsers.MANAGER, password);
    }

    private static void assertSecurityHeaders(java.net.http.HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.map().forEach(copy::addAll);
        assertSecurityHeaders(copy);
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.get("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}

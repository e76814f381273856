package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;

/**
 * "Đăng xuất" ends the webapp session for good, also when a request of the same browser that began before the
 * logout writes the session back after it (Tasklist has several requests in flight at any time).
 */
@PostgresIntegrationTest
class WebappLogoutIT {

    @Autowired
    TestRestTemplate http;
    /** Raw: the JDBC repository's session type is package-private; the test only hands back what it read. */
    @SuppressWarnings("rawtypes")
    @Autowired
    SessionRepository sessions;
    @Value("${app.demo.password}")
    String password;

    @Test
    void afterLogoutTheSessionIsGoneAndItsCookieLogsNobodyIn() throws Exception {
        WebappSession browser = WebappSession.loginToTasklist(http.getRootUri(), DemoUsers.MANAGER, password);
        String sessionId = browser.sessionId();
        assertLoggedIn(browser);

        assertThat(browser.logout().statusCode()).isEqualTo(200);

        assertThat(sessions.findById(sessionId)).as("the session row after logout").isNull();
        assertLoggedOut(browser);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestThatLoadedTheSessionBeforeTheLogoutCannotLogTheUserBackIn() throws Exception {
        WebappSession browser = WebappSession.loginToTasklist(http.getRootUri(), DemoUsers.CONSOLIDATOR, password);
        Session inFlight = (Session) sessions.findById(browser.sessionId());
        assertThat(inFlight).isNotNull();

        assertThat(browser.logout().statusCode()).isEqualTo(200);
        // What that request does when it ends: Camunda's authentication filter sets the login it read back into the
        // session, and Spring Session saves what was set.
        for (String name : inFlight.getAttributeNames()) {
            inFlight.setAttribute(name, inFlight.getAttribute(name));
        }
        sessions.save(inFlight);

        assertLoggedOut(browser);
    }

    private static void assertLoggedIn(WebappSession browser) throws Exception {
        HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as("who is logged in: %s", user.body()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    }

    private static void assertLoggedOut(WebappSession browser) throws Exception {
        HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as("who is logged in after logout: %s", user.body()).isNotEqualTo(200);
        assertThat(user.body()).doesNotContain("userId");
        HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/default/task/count");
        assertThat(tasks.statusCode()).as("the engine API after logout: %s", tasks.body()).isEqualTo(401);
    }
}

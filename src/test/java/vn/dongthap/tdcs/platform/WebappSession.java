package vn.dongthap.tdcs.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A logged-in session of the Camunda webapps, as a browser holds it: the session cookie and the XSRF token
 * that the webapps' CSRF filter hands out and expects back as the X-XSRF-TOKEN header on every change.
 */
final class WebappSession {

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient client;

    private WebappSession(String baseUrl) {
        this(baseUrl, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private WebappSession(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * The same browser (session cookie, XSRF token) talking to another node, as behind a load balancer: cookies of
     * 127.0.0.1 go to every port.
     */
    WebappSession onNode(String otherBaseUrl) {
        return new WebappSession(otherBaseUrl, cookies);
    }

    static WebappSession loginToTasklist(String baseUrl, String user, String password) throws Exception {
        WebappSession session = new WebappSession(baseUrl);
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login failed: " + login.statusCode() + " " + login.body());
        }
        // Logging in starts a new session, which gets its own token on the next page load.
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
        return session;
    }

    /** "Đăng xuất", as the webapps' account menu sends it. */
    HttpResponse<String> logout() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The id of the session this browser holds (Spring Session's cookie carries it Base64-encoded). */
    String sessionId() {
        String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    /** A GET with the session, redirects not followed (an application page without login answers 302). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, second) -> second).orElse(null);
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package vn.dongthap.tdcs.platform.login;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Minimal HTTP/1.0 client whose connection starts from a chosen loopback address (127.0.0.1, 127.0.0.2, ...),
 * so that the server sees requests from different sources. Java 17's HttpClient cannot choose it.
 */
final class HttpFromAddress {

    private final String source;
    private final int port;

    HttpFromAddress(String source, int port) {
        this.source = source;
        this.port = port;
    }

    record Response(int status, List<String[]> headers, String body) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        List<String> cookies() {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase("Set-Cookie"))
                    .map(h -> h[1].substring(0, h[1].indexOf(';') < 0 ? h[1].length() : h[1].indexOf(';'))).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Response basic(String method, String path, String user, String password) throws IOException {
        return basic(method, path, user, password, Map.of());
    }

    Response basic(String method, String path, String user, String password, Map<String, String> extraHeaders)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return send(method, path, headers, null);
    }

    /** The Camunda webapps' login form, with the session cookie and CSRF token a browser would have. */
    Response webappLogin(String user, String password) throws IOException {
        return webappPost("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + encode(user) + "&password=" + encode(password));
    }

    Response webappPost(String path, String formBody) throws IOException {
        Map<String, String> headers = browserHeaders(send("GET", "/camunda/app/tasklist/default/", Map.of(), null)
                .cookies());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return send("POST", path, headers, formBody);
    }

    /** Logs in through the webapp form; returns the headers a browser sends in that session afterwards. */
    Map<String, String> webappSession(String user, String password) throws IOException {
        List<String> cookies = new ArrayList<>(send("GET", "/camunda/app/tasklist/default/", Map.of(), null).cookies());
        Map<String, String> headers = browserHeaders(cookies);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Response login = send("POST", "/camunda/api/admin/auth/user/default/login/admin", headers,
                "username=" + encode(user) + "&password=" + encode(password));
        if (login.status() != 200) {
            throw new IllegalStateException("webapp login failed: " + login);
        }
        merge(cookies, login.cookies()); // a new session ...
        merge(cookies, send("GET", "/camunda/api/admin/auth/user/default", browserHeaders(cookies), null).cookies());
        return browserHeaders(cookies); // ... whose CSRF token the webapp fetches like this
    }

    private static void merge(List<String> cookies, List<String> newer) {
        for (String cookie : newer) {
            cookies.removeIf(old -> old.startsWith(cookie.substring(0, cookie.indexOf('=') + 1)));
            cookies.add(cookie);
        }
    }

    private static Map<String, String> browserHeaders(List<String> cookies) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", String.join("; ", cookies));
        headers.put("X-XSRF-TOKEN", cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .orElseThrow().substring("XSRF-TOKEN=".length()));
        return headers;
    }

    Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
        }
        return new Response(status, headers, raw.substring(end + 4));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

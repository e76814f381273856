package vn.dongthap.tdcs.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of the three ways to log in: the webapps' login form and HTTP Basic on
 * /engine-rest and /api. A refused (account, address) pair gets 429 before any password is checked, so a
 * brute force learns nothing while it waits.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/auth/user/[^/]+/login/[^/]+/?");

    private final LoginThrottle throttle;
    private final ObjectMapper json;
    /** e.g. /camunda/api/admin: the Jersey servlet of the webapps' login resource. */
    private final String webappAuthServletPath;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json, String webappApplicationPath) {
        this.throttle = throttle;
        this.json = json;
        this.webappAuthServletPath = webappApplicationPath + "/api/admin";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWebappAuthPost(request)) {
            throttleWebappLogin(request, response, chain);
        } else {
            throttleBasicLogin(request, response, chain);
        }
    }

    private void throttleBasicLogin(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BasicCredentials> credentials = BasicCredentials.of(request);
        if (credentials.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var admission = throttle.admit(credentials.get().userId(), request.getRemoteAddr());
        if (admission instanceof LoginThrottle.Refused refused) {
            refuse(response, refused);
            return;
        }
        var attempt = (LoginThrottle.Admitted) admission;
        Optional<LoginAttempt> outcome = Optional.empty();
        try {
            chain.doFilter(request, response);
            // Recorded by BasicLoginProvider (/engine-rest) or ApiAuthenticationFilter (/api) when they checked it.
            outcome = LoginAttempt.of(request);
        } finally {
            outcome.ifPresentOrElse(done -> {
                if (done.succeeded()) {
                    throttle.succeeded(attempt);
                } else {
                    throttle.failed(attempt);
                }
            }, () -> throttle.released(attempt));
        }
    }

    private void throttleWebappLogin(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginForm form;
        try {
            form = LoginForm.read(request);
        } catch (LoginForm.UnreadableException e) {
            problem(response, e.status(), e.getMessage());
            return;
        }
        HttpServletRequest forwarded = form.request();
        if (form.userId().isEmpty()) {
            chain.doFilter(forwarded, response);
            return;
        }
        var admission = throttle.admit(form.userId().get(), request.getRemoteAddr());
        if (admission instanceof LoginThrottle.Refused refused) {
            refuse(response, refused);
            return;
        }
        var attempt = (LoginThrottle.Admitted) admission;
        int status = 0;
        try {
            chain.doFilter(forwarded, response);
            status = response.getStatus();
        } finally {
            // Camunda's login resource answers 401 for a wrong password and 200 only after a right one.
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(attempt);
            } else if (status >= 200 && status < 300
                    && WEBAPP_LOGIN.matcher(nullToEmpty(request.getPathInfo())).matches()) {
                throttle.succeeded(attempt);
            } else {
                throttle.released(attempt);
            }
        }
    }

    private boolean isWebappAuthPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && webappAuthServletPath.equals(request.getServletPath())
                && nullToEmpty(request.getPathInfo()).startsWith("/auth/");
    }

    private void refuse(HttpServletResponse response, LoginThrottle.Refused refused) throws IOException {
        long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        problem(response, HttpStatus.TOO_MANY_REQUESTS, "Đăng nhập sai quá nhiều lần: tài khoản này tạm thời không"
                + " đăng nhập được từ địa chỉ của bạn. Vui lòng thử lại sau " + humanReadable(seconds)
                + " hoặc liên hệ quản trị viên để mở khóa.");
    }

    /** Problem details; {@code message} repeats the detail because the Camunda webapps show that field. */
    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("title", switch (status) {
            case TOO_MANY_REQUESTS -> "Tạm khóa đăng nhập";
            case PAYLOAD_TOO_LARGE -> "Yêu cầu quá lớn";
            default -> "Yêu cầu không hợp lệ";
        });
        body.put("detail", detail);
        body.put("message", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }

    static String humanReadable(long seconds) {
        return seconds < 60 ? seconds + " giây" : (seconds + 59) / 60 + " phút";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an administrator unlocks a user with Camunda's own "unlock" (Admin webapp, or /engine-rest), the
 * login throttle forgets that account too, so the button the operators know does what it says.
 */
class CamundaUnlockFollower extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CamundaUnlockFollower.class);
    private static final Pattern UNLOCK = Pattern.compile("(?:/engine/[^/]+)?/user/([^/]+)/unlock/?");

    private final LoginThrottle throttle;

    CamundaUnlockFollower(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        Matcher unlock = UNLOCK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if ("POST".equals(request.getMethod()) && unlock.matches()
                && response.getStatus() >= 200 && response.getStatus() < 300) {
            int addresses = throttle.unlock(unlock.group(1));
            log.info("Camunda đã mở khóa tài khoản \"{}\"; bỏ tạm khóa đăng nhập ở {} địa chỉ trên máy này",
                    LoginThrottle.Pair.normalize(unlock.group(1)), addresses);
        }
    }
}

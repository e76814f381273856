package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes "Đăng xuất" in Tasklist, Cockpit and Admin end the session for good.
 *
 * <p>Camunda's logout only empties the login object inside the session, and every webapp request writes its own
 * copy of that object back when it ends. With sessions in the database (Spring Session JDBC) a request still in
 * flight when the user logs out (Tasklist polls several at once) wrote the login back, and the browser stayed
 * logged in. Deleting the session after the logout leaves a late write nothing to update.
 */
class WebappLogoutFilter extends OncePerRequestFilter {

    /** The path within Camunda's /camunda/api/admin servlet. */
    private static final Pattern LOGOUT = Pattern.compile("/auth/user/[^/]+/logout/?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("POST".equals(request.getMethod()) && LOGOUT.matcher(path).matches() && response.getStatus() < 400) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }
}

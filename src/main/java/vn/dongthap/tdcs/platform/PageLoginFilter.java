package vn.dongthap.tdcs.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's pages (dashboard, proposals, attachments, history) need the webapps' login: without it a
 * browser is sent to the login page (/dang-nhap.html), which returns to the page asked for, instead of showing an
 * empty page. The data still comes from /api, which checks the login and the reader's rights on every call.
 */
class PageLoginFilter extends OncePerRequestFilter {

    static final String LOGIN_PAGE = "/dang-nhap.html";
    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loggedIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        String page = request.getRequestURI().substring(request.getContextPath().length());
        String next = request.getQueryString() == null ? page : page + "?" + request.getQueryString();
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static boolean loggedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) != null;
    }
}

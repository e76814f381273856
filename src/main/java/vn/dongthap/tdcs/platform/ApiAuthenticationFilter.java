package vn.dongthap.tdcs.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dongthap.tdcs.platform.login.BasicCredentials;
import vn.dongthap.tdcs.platform.login.LoginAttempt;

/**
 * The application's own API (/api/*) takes the same login as the Camunda webapps (their session)
 * or HTTP Basic with a Camunda user, and runs the request as that user so engine authorizations apply.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    static final String CSRF_HEADER = "X-Requested-With";
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identityService;

    ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = fromWebappSession(request).or(() -> fromBasicHeader(request));
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"ke-hoach-752\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":401,\"title\":\"Chưa đăng nhập\","
                    + "\"detail\":\"Cần đăng nhập (tài khoản Camunda) để dùng API này.\"}");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader(CSRF_HEADER) == null) {
            // A browser sends the session cookie (or cached Basic credentials) on a forged cross-site
            // form post, but cannot add a custom header to one without CORS, which is not enabled.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":403,\"title\":\"Không có quyền\","
                    + "\"detail\":\"Yêu cầu thay đổi dữ liệu phải có tiêu đề " + CSRF_HEADER + ".\"}");
            return;
        }
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user.get());
        identityService.setAuthentication(user.get().userId(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Optional<CurrentUser> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || authentications.getAuthenticationForProcessEngine(ENGINE) == null) {
            return Optional.empty();
        }
        var authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
        List<String> groups = authentication instanceof UserAuthentication userAuthentication
                ? userAuthentication.getGroupIds() : groupsOf(authentication.getIdentityId());
        return Optional.of(new CurrentUser(authentication.getIdentityId(), List.copyOf(groups)));
    }

    private Optional<CurrentUser> fromBasicHeader(HttpServletRequest request) {
        Optional<BasicCredentials> credentials = BasicCredentials.of(request);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String userId = credentials.get().userId();
        boolean valid = identityService.checkPassword(userId, credentials.get().password());
        LoginAttempt.record(request, userId, valid); // for the login throttle
        return valid ? Optional.of(new CurrentUser(userId, groupsOf(userId))) : Optional.empty();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}

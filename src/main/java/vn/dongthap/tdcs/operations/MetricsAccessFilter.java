package vn.dongthap.tdcs.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/** After the API login (which refuses anonymous requests): the metrics only for administrators and managers. */
class MetricsAccessFilter extends OncePerRequestFilter {

    private final AccessPolicy access;

    MetricsAccessFilter(AccessPolicy access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!access.maySeeMetrics(CurrentUser.of(request))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":403,\"title\":\"Không có quyền\","
                    + "\"detail\":\"Chỉ quản trị viên và cán bộ quản lý xem được số liệu giám sát.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}

package vn.dongthap.tdcs.reporting;

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
 * Tasklist reads a task's form variables when it opens the form (GET …/task/{id}/form-variables, through the
 * webapp's /camunda/api/engine or /engine-rest): for the consolidator's desk the figures are computed again just
 * before, so she reads the round as it is now rather than as it was when the task was created. Camunda Forms cannot
 * fetch data themselves, and their iframe component takes only https addresses.
 */
class DeskRefreshFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DeskRefreshFilter.class);
    private static final Pattern FORM_VARIABLES =
            Pattern.compile("^/(?:camunda/api/engine/engine/[^/]+|engine-rest(?:/engine/[^/]+)?)/task/([^/]+)/form-variables$");

    private final RoundDesk desk;

    DeskRefreshFilter(RoundDesk desk) {
        this.desk = desk;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
            Matcher task = FORM_VARIABLES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (task.matches()) {
                try {
                    desk.refresh(task.group(1));
                } catch (RuntimeException e) {
                    // e.g. the task completed meanwhile: the form shows the figures of the last refresh
                    log.warn("Không cập nhật được số liệu của công việc {}: {}", task.group(1), e.toString());
                }
            }
        }
        chain.doFilter(request, response);
    }
}

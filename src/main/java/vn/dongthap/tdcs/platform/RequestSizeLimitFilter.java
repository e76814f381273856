package vn.dongthap.tdcs.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of an API request (forms, variables, comments): a form of this application is a
 * few hundred kilobytes at most, so a body of megabytes is a mistake or an attack and is refused
 * before anything reads it. File uploads (multipart) have their own limits (spring.servlet.multipart).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // Chunked: read at most the limit, then hand the buffered body on.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Camunda's error shape ({type, message}), so that Tasklist shows the message.
        response.getWriter().write("{\"type\":\"RequestTooLarge\",\"status\":413,\"title\":\"Nội dung quá lớn\","
                + "\"message\":\"Nội dung gửi quá lớn (tối đa " + (maxBytes / 1024) + " KB). Hãy rút gọn nội dung.\","
                + "\"detail\":\"Nội dung gửi quá lớn (tối đa " + (maxBytes / 1024) + " KB). Hãy rút gọn nội dung.\"}");
    }
}

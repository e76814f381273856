package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.dongthap.tdcs.platform.ReplayedBody;

/**
 * The user name of a webapp login form, read the way Camunda's login resource (Jersey {@code @FormParam})
 * reads it: from the url-encoded body, first value, decoded with the body's charset (UTF-8 by default).
 * The body is kept and handed on, so that the login resource still reads it from the body, not from the
 * servlet parameters (which would also include the query string).
 */
record LoginForm(HttpServletRequest request, Optional<String> userId) {

    /** A login form is a few hundred bytes; a larger body is refused rather than read past. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    static LoginForm read(HttpServletRequest request) throws IOException, UnreadableException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            throw new UnreadableException(HttpStatus.BAD_REQUEST, "Kiểu nội dung của yêu cầu đăng nhập không hợp lệ.");
        }
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)) {
            return new LoginForm(request, Optional.empty()); // the login resource reads no user name from it
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body.length == 0) {
            // Jersey then takes form parameters from the servlet parameters, i.e. from the query string.
            return new LoginForm(request, Optional.ofNullable(request.getParameter("username")).filter(v -> !v.isEmpty()));
        }
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        return new LoginForm(new ReplayedBody(request, body), firstValue(new String(body, charset), "username", charset));
    }

    private static Optional<String> firstValue(String form, String name, Charset charset) throws UnreadableException {
        try {
            for (String pair : form.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                if (key.equals(name)) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset))
                            .filter(value -> !value.isEmpty());
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(HttpStatus.BAD_REQUEST, "Dữ liệu đăng nhập không hợp lệ.");
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException, UnreadableException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new UnreadableException(HttpStatus.PAYLOAD_TOO_LARGE, "Yêu cầu đăng nhập quá lớn.");
        }
        return body;
    }

    static final class UnreadableException extends Exception {
        private final HttpStatus status;

        UnreadableException(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}

package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * The outcome of a password check made while serving a request. Whoever checks the password records it
 * here; {@link LoginThrottleFilter} reads it once the request is done. No record means no password was
 * checked (e.g. the request was served from a webapp session), which must neither count nor reset.
 */
public record LoginAttempt(String userId, boolean succeeded) {

    private static final String ATTRIBUTE = LoginAttempt.class.getName();

    public static void record(ServletRequest request, String userId, boolean succeeded) {
        request.setAttribute(ATTRIBUTE, new LoginAttempt(userId, succeeded));
    }

    static Optional<LoginAttempt> of(ServletRequest request) {
        return Optional.ofNullable((LoginAttempt) request.getAttribute(ATTRIBUTE));
    }
}

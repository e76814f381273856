package vn.dongthap.tdcs.platform.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures     failed logins of one account from one address before that pair is refused
 * @param initialDelay    how long the pair is refused after the {@code maxFailures}-th failure; every further
 *                        failure doubles it
 * @param maxDelay        the longest refusal
 * @param forgetAfter     failures older than this (counted from the last one) are forgotten
 * @param maxTrackedPairs memory bound: how many (account, address) pairs are remembered at most
 */
@ConfigurationProperties("app.security.login-throttle")
public record LoginThrottleProperties(int maxFailures, Duration initialDelay, Duration maxDelay,
        Duration forgetAfter, int maxTrackedPairs) {

    public LoginThrottleProperties {
        if (maxFailures < 1 || maxTrackedPairs < 1) {
            throw new IllegalArgumentException(
                    "app.security.login-throttle: max-failures và max-tracked-pairs phải lớn hơn 0");
        }
        if (initialDelay == null || maxDelay == null || forgetAfter == null || initialDelay.isNegative() || initialDelay.isZero()
                || maxDelay.compareTo(initialDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("app.security.login-throttle: cần 0 < initial-delay ≤ max-delay"
                    + " ≤ forget-after");
        }
    }
}

package vn.dongthap.tdcs.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String A = "10.0.0.1";
    private static final String B = "10.0.0.2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofSeconds(5),
            Duration.ofMinutes(15), Duration.ofHours(24), 1000), clock);

    @Test
    void theFifthFailureLocksThePairAndEveryFurtherFailureDoublesTheDelayUpToTheCap() {
        for (int i = 0; i < 4; i++) {
            fail("canbo", A);
            var next = throttle.admit("canbo", A);
            assertThat(next).as("still below the limit").isInstanceOf(LoginThrottle.Admitted.class);
            throttle.released((LoginThrottle.Admitted) next);
        }
        fail("canbo", A);
        assertThat(refusal("canbo", A)).isEqualTo(Duration.ofSeconds(5));

        Duration expected = Duration.ofSeconds(5);
        for (int failure = 6; failure <= 14; failure++) {
            clock.advance(expected);
            fail("canbo", A); // one check allowed after each lock ends
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15)
                    : expected.multipliedBy(2);
            assertThat(refusal("canbo", A)).as("after failure %d", failure).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void otherAddressesAndOtherAccountsAreNotAffected() {
        lock("canbo", A);
        assertThat(throttle.admit("canbo", B)).isInstanceOf(LoginThrottle.Admitted.class);
        assertThat(throttle.admit("lanhdao", A)).isInstanceOf(LoginThrottle.Admitted.class);
        assertThat(throttle.admit("CanBo", A)).as("user names are compared without case")
                .isInstanceOf(LoginThrottle.Refused.class);
    }

    @Test
    void aSuccessForgetsTheFailuresOfThatPair() {
        for (int i = 0; i < 4; i++) {
            fail("canbo", A);
        }
        throttle.succeeded((LoginThrottle.Admitted) throttle.admit("canbo", A));
        fail("canbo", A);
        assertThat(throttle.admit("canbo", A)).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void aPairWithFailuresGetsOnePasswordCheckAtATime() {
        fail("canbo", A);
        var first = throttle.admit("canbo", A);
        assertThat(first).isInstanceOf(LoginThrottle.Admitted.class);
        assertThat(throttle.admit("canbo", A)).as("a parallel attempt waits").isInstanceOf(LoginThrottle.Refused.class);
        throttle.released((LoginThrottle.Admitted) first);
        assertThat(throttle.admit("canbo", A)).isInstanceOf(LoginThrottle.Admitted.class);
    }

    @Test
    void unlockForgetsTheAccountOnEveryAddress() {
        lock("canbo", A);
        lock("canbo", B);
        lock("lanhdao", A);
        assertThat(throttle.currentLocks()).hasSize(3);

        assertThat(throttle.unlock("canbo")).isEqualTo(2);
        assertThat(throttle.admit("canbo", A)).isInstanceOf(LoginThrottle.Admitted.class);
        assertThat(throttle.currentLocks()).extracting(LoginThrottle.LoginLock::userId).containsExactly("lanhdao");
    }

    @Test
    void namesFromTheRequestCannotBreakLogLinesOrGrowWithoutBound() {
        assertThat(LoginThrottle.Pair.normalize("admin\r\nGIẢ MẠO")).isEqualTo("admin??giả mạo");
        assertThat(LoginThrottle.Pair.normalize("x".repeat(10_000))).hasSize(128);
    }

    private void lock(String user, String source) {
        for (int i = 0; i < 5; i++) {
            fail(user, source);
        }
    }

    private void fail(String user, String source) {
        throttle.failed((LoginThrottle.Admitted) throttle.admit(user, source));
    }

    private Duration refusal(String user, String source) {
        var admission = throttle.admit(user, source);
        assertThat(admission).isInstanceOf(LoginThrottle.Refused.class);
        return ((LoginThrottle.Refused) admission).retryAfter();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

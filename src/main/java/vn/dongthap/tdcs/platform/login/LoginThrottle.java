package vn.dongthap.tdcs.platform.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins per (account, source address), in this node's memory. After
 * {@link LoginThrottleProperties#maxFailures()} failures the pair is refused for a delay that doubles with
 * every further failure up to a cap; a success forgets the pair. The account itself is never locked, so an
 * attacker who knows a user name cannot keep its owner out from another address.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Longer names cannot be accounts (Camunda ids are at most 64 characters); cut them to bound memory. */
    private static final int MAX_NAME_LENGTH = 128;
    /** A pair with failures gets one password check at a time; a parallel one is told to retry this soon. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Cache<Pair, PairState> pairs;

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.pairs = Caffeine.newBuilder()
                .maximumSize(properties.maxTrackedPairs())
                .expireAfter(Expiry.<Pair, PairState>writing((pair, state) -> nonNegative(
                        Duration.between(clock.instant(), state.forgetAt(properties.forgetAfter())))))
                .build();
    }

    /** May this login be checked now? An admitted attempt must be ended by exactly one of the three outcomes. */
    Admission admit(String userId, String source) {
        Pair pair = Pair.of(userId, source);
        Instant now = clock.instant();
        Admission[] decision = new Admission[1];
        pairs.asMap().computeIfPresent(pair, (key, state) -> {
            if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
                decision[0] = new Refused(state.lockedUntil(), Duration.between(now, state.lockedUntil()));
                return state;
            }
            if (state.checking() > 0) {
                // Without this, parallel requests would all be checked before the first failure is counted.
                decision[0] = new Refused(now.plus(BUSY_RETRY), BUSY_RETRY);
                return state;
            }
            decision[0] = new Admitted(key, true);
            return state.withChecking(1);
        });
        return decision[0] != null ? decision[0] : new Admitted(pair, false);
    }

    void succeeded(Admitted attempt) {
        pairs.invalidate(attempt.pair());
    }

    void failed(Admitted attempt) {
        Instant now = clock.instant();
        PairState state = pairs.asMap().compute(attempt.pair(), (key, previous) -> {
            int failures = (previous == null ? 0 : previous.failures()) + 1;
            int checking = previous == null ? 0 : Math.max(0, previous.checking() - (attempt.tracked() ? 1 : 0));
            Instant lockedUntil = failures >= properties.maxFailures() ? now.plus(delayAfter(failures))
                    : previous == null ? null : previous.lockedUntil();
            return new PairState(failures, checking, lockedUntil, now);
        });
        if (state.failures() >= properties.maxFailures()) {
            log.warn("Tạm khóa đăng nhập tài khoản \"{}\" từ địa chỉ {} đến {} sau {} lần sai mật khẩu liên tiếp",
                    attempt.pair().userId(), attempt.pair().source(),
                    state.lockedUntil().truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()).toOffsetDateTime(),
                    state.failures());
        }
    }

    /** No password was checked after all (e.g. the request was served from a session). */
    void released(Admitted attempt) {
        if (attempt.tracked()) {
            pairs.asMap().computeIfPresent(attempt.pair(),
                    (key, state) -> state.withChecking(Math.max(0, state.checking() - 1)));
        }
    }

    /** Pairs refused right now, latest lock first. */
    public List<LoginLock> currentLocks() {
        Instant now = clock.instant();
        return pairs.asMap().entrySet().stream()
                .filter(entry -> entry.getValue().lockedUntil() != null && now.isBefore(entry.getValue().lockedUntil()))
                .map(entry -> new LoginLock(entry.getKey().userId(), entry.getKey().source(),
                        entry.getValue().failures(), entry.getValue().lockedUntil()))
                .sorted(Comparator.comparing(LoginLock::lockedUntil).reversed())
                .toList();
    }

    /** Forgets every failure of the account, from every address; returns how many addresses were locked. */
    public int unlock(String userId) {
        String name = Pair.normalize(userId);
        List<LoginLock> locked = currentLocks().stream().filter(lock -> lock.userId().equals(name)).toList();
        pairs.asMap().keySet().removeIf(pair -> pair.userId().equals(name));
        return locked.size();
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - properties.maxFailures(), 32);
        Duration delay = properties.initialDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** A locked (account, address) pair as the administrators see it. */
    public record LoginLock(String userId, String source, int failures, Instant lockedUntil) {
    }

    sealed interface Admission permits Admitted, Refused {
    }

    /** {@code tracked}: counted as a check in progress, because the pair already has failures. */
    record Admitted(Pair pair, boolean tracked) implements Admission {
    }

    record Refused(Instant until, Duration retryAfter) implements Admission {
    }

    record Pair(String userId, String source) {
        static Pair of(String userId, String source) {
            return new Pair(normalize(userId), source);
        }

        /** Lower case, so that a case-insensitive user store cannot give one account several counters. */
        static String normalize(String userId) {
            String name = userId.length() > MAX_NAME_LENGTH ? userId.substring(0, MAX_NAME_LENGTH) : userId;
            // The name comes from the attacker: no line breaks or control characters into the log.
            return name.replaceAll("\\p{Cntrl}", "?").toLowerCase(Locale.ROOT);
        }
    }

    private record PairState(int failures, int checking, Instant lockedUntil, Instant lastFailure) {
        PairState withChecking(int checking) {
            return new PairState(failures, checking, lockedUntil, lastFailure);
        }

        Instant forgetAt(Duration forgetAfter) {
            Instant forget = lastFailure.plus(forgetAfter);
            return lockedUntil != null && lockedUntil.isAfter(forget) ? lockedUntil : forget;
        }
    }
}

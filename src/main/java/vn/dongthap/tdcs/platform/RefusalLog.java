package vn.dongthap.tdcs.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per refused request: who, what, and what they were told. A user's mistake is not a system error. */
final class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {
    }

    static void refused(String userId, String method, String path, Refusal refusal) {
        refused(userId, method, path, refusal.status(), refusal.message());
    }

    static void refused(String userId, String method, String path, int status, String message) {
        String who = userId == null ? "(chưa đăng nhập)" : userId;
        if (status == 403) {
            log.warn("Từ chối {} {} của {}: {} {}", method, path, who, status, message);
        } else {
            log.info("Từ chối {} {} của {}: {} {}", method, path, who, status, message);
        }
    }
}

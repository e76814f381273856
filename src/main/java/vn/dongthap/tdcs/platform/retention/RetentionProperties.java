package vn.dongthap.tdcs.platform.retention;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the engine keeps the history of finished process instances, and when it may delete what has expired.
 *
 * @param historyDays        days of history per process key; the key {@code default} covers every other process
 * @param cleanupWindowStart start of the nightly cleanup window, in the application's time zone
 * @param cleanupWindowEnd   its end (earlier than the start: the window runs past midnight)
 */
@ConfigurationProperties("app.retention")
public record RetentionProperties(Map<String, Integer> historyDays, LocalTime cleanupWindowStart,
                                  LocalTime cleanupWindowEnd) {

    static final String DEFAULT = "default";

    public RetentionProperties {
        if (historyDays == null || historyDays.get(DEFAULT) == null) {
            throw new IllegalArgumentException("app.retention.history-days.default là bắt buộc (số ngày lưu lịch sử).");
        }
        historyDays.forEach((process, days) -> {
            if (days == null || days < 1) {
                throw new IllegalArgumentException("app.retention.history-days." + process + " phải là số ngày dương.");
            }
        });
        if (cleanupWindowStart == null || cleanupWindowEnd == null) {
            throw new IllegalArgumentException("app.retention.cleanup-window-start và cleanup-window-end là bắt buộc.");
        }
    }

    /** Days of history for a process key. */
    public int historyDaysOf(String processKey) {
        return historyDays.getOrDefault(processKey, historyDays.get(DEFAULT));
    }
}

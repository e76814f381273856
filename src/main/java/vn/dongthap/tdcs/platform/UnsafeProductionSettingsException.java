package vn.dongthap.tdcs.platform;

import java.util.List;

/** Production started with settings that are only fit for a demo. */
public class UnsafeProductionSettingsException extends RuntimeException {

    public UnsafeProductionSettingsException(List<String> problems) {
        super("Không khởi động ở chế độ vận hành (prod) vì cấu hình chưa an toàn:\n - " + String.join("\n - ", problems));
    }
}

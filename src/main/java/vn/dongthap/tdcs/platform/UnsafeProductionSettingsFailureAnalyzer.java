package vn.dongthap.tdcs.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class UnsafeProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Xem docs/van-hanh.md, mục \"Cấu hình\", rồi khởi động lại với các biến môi trường đã đặt.", cause);
    }
}

package vn.dongthap.tdcs.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed data file into a short startup report instead of a stack trace. */
class PlanDataFailureAnalyzer extends AbstractFailureAnalyzer<PlanDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlanDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Sửa các lỗi trên trong tệp dữ liệu rồi khởi động lại. Cơ sở dữ liệu chưa bị thay đổi.", cause);
    }
}

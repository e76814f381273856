package vn.dongthap.tdcs.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a malformed calendar file into a short startup report instead of a stack trace.
 * Takes effect once listed under FailureAnalyzer in META-INF/spring.factories.
 */
class CalendarDataFailureAnalyzer extends AbstractFailureAnalyzer<CalendarDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CalendarDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Sửa các lỗi trên trong tệp lịch làm việc (thuộc tính app.calendar.file) rồi khởi động lại.", cause);
    }
}

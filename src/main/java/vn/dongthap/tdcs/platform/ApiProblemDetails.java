package vn.dongthap.tdcs.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** Errors of the application's own API as RFC 9457 problem details, titled in Vietnamese. */
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details handler, which titles in English
@RestControllerAdvice(basePackages = "vn.dongthap.tdcs")
class ApiProblemDetails {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemDetails.class);
    static final String SYSTEM_ERROR = "Hệ thống gặp lỗi nên chưa thực hiện được yêu cầu. Hãy thử lại sau; nếu vẫn lỗi, "
            + "hãy báo quản trị viên.";

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail statusException(ResponseStatusException e, HttpServletRequest request) {
        return refused(request, e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return refused(request, HttpStatus.BAD_REQUEST, "Tham số \"" + e.getName() + "\" không hợp lệ: " + e.getValue());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request) {
        return refused(request, HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn so với mức cho phép.");
    }

    /** The same refusals as on the engine's REST APIs (EngineRefusalMappers); any other engine failure is ours. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engineException(ProcessEngineException e, HttpServletRequest request) {
        return Refusal.in(e)
                .map(refusal -> refused(request, HttpStatusCode.valueOf(refusal.status()), refusal.message()))
                .orElseGet(() -> {
                    log.error("Lỗi khi xử lý {} {}", request.getMethod(), request.getRequestURI(), e);
                    return problem(HttpStatus.INTERNAL_SERVER_ERROR, SYSTEM_ERROR);
                });
    }

    private static ProblemDetail refused(HttpServletRequest request, HttpStatusCode status, String detail) {
        if (status.is4xxClientError()) {
            CurrentUser user = CurrentUser.of(request);
            RefusalLog.refused(user == null ? null : user.userId(), request.getMethod(), request.getRequestURI(),
                    status.value(), detail);
        }
        return problem(status, detail);
    }

    static ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(switch (status.value()) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Chưa đăng nhập";
            case 403 -> "Không có quyền";
            case 404 -> "Không tìm thấy";
            case 409 -> "Xung đột dữ liệu";
            case 413 -> "Tệp quá lớn";
            default -> "Lỗi hệ thống";
        });
        return problem;
    }
}

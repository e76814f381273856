package vn.dongthap.tdcs.platform;

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

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail statusException(ResponseStatusException e) {
        return problem(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Tham số \"" + e.getName() + "\" không hợp lệ: " + e.getValue());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn so với mức cho phép.");
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

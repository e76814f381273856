package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

/** The application's API answers the engine's refusals like /engine-rest does, and hides real failures. */
class ApiProblemDetailsTest {

    private final ApiProblemDetails handler = new ApiProblemDetails();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/rounds/BC-NAM-2026");

    @Test
    void refusalsKeepTheirStatusAndVietnameseMessage() {
        ProblemDetail invalid = handler.engineException(new ProcessEngineException("Cannot submit task form 42",
                new FormFieldValidationException("stt", "Mã STT 9.9 không có trong kế hoạch.")), request);
        ProblemDetail forbidden = handler.engineException(
                new AuthorizationException("canbo-xa-my-tho", "UPDATE", "Task", "42"), request);
        ProblemDetail raced = handler.engineException(new OptimisticLockingException("ENGINE-03005 ..."), request);

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getDetail()).isEqualTo("Mã STT 9.9 không có trong kế hoạch.");
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(forbidden.getDetail()).isEqualTo(Refusal.NOT_ALLOWED);
        assertThat(raced.getStatus()).isEqualTo(409);
        assertThat(raced.getDetail()).isEqualTo(Refusal.TAKEN_BY_SOMEONE_ELSE);
    }

    @Test
    void aRealEngineFailureIsA500WithoutItsInternals() {
        ProblemDetail failure = handler.engineException(
                new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation 'INSERT ...'"), request);

        assertThat(failure.getStatus()).isEqualTo(500);
        assertThat(failure.getDetail()).isEqualTo(ApiProblemDetails.SYSTEM_ERROR).doesNotContain("ENGINE");
    }
}

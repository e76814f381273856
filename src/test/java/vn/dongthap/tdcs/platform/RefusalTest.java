package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class RefusalTest {

    private static final String DUPLICATE = "Kỳ báo cáo hằng năm 2026 đã được mở (BC-NAM-2026). Mỗi năm chỉ có một kỳ báo cáo định kỳ.";

    @Test
    void theApplicationsFormRefusalIsFoundUnderCamundasRestWrapper() {
        RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new FormFieldValidationException("reportYear", DUPLICATE),
                "Cannot instantiate process definition annual-report-cycle:3:42: " + DUPLICATE);

        assertThat(Refusal.in(wrapped)).contains(new Refusal(400, DUPLICATE, 0));
    }

    @Test
    void theEnginesOwnFormValidationMessageIsReplaced() {
        FormFieldValidationException engine = thrownByEngine(new FormFieldValidationException("reportYear",
                "Invalid value submitted for form field 'reportYear': validation of min(2025) failed."));

        assertThat(Refusal.in(new ProcessEngineException("Cannot submit task form 42", engine)))
                .contains(new Refusal(400, Refusal.INVALID_INPUT, 0));
    }

    @Test
    void theEnginesAuthorizationMessageIsReplacedButTheApplicationsOwnIsKept() {
        AuthorizationException engine = new AuthorizationException("canbo-xa-my-tho", "READ", "ProcessInstance", "4711");
        AuthorizationException own = new AuthorizationException("Chỉ quản trị viên được sửa biến của quy trình.");

        assertThat(Refusal.in(engine)).contains(new Refusal(403, Refusal.NOT_ALLOWED, 0));
        assertThat(Refusal.in(own)).contains(new Refusal(403, "Chỉ quản trị viên được sửa biến của quy trình.", 0));
        assertThat(Refusal.in(thrownByEngine(new AuthorizationException("ENGINE-03110 Required admin authenticated group or user."))))
                .contains(new Refusal(403, Refusal.NOT_ALLOWED, 0));
    }

    @Test
    void aLostRaceIsAConflictAndAVanishedTaskIsNotFound() {
        OptimisticLockingException race = new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity[42]' failed.");
        race.setCode(1);
        NullValueException gone = thrownByEngine(new NullValueException("Cannot find task with id 42: task is null"));

        assertThat(Refusal.in(new RestException(Response.Status.INTERNAL_SERVER_ERROR, race, "Cannot complete task 42")))
                .contains(new Refusal(409, Refusal.TAKEN_BY_SOMEONE_ELSE, 1));
        assertThat(Refusal.in(new RestException(Response.Status.INTERNAL_SERVER_ERROR, gone, "Cannot complete task 42")))
                .contains(new Refusal(404, Refusal.TASK_GONE, 0));
    }

    @Test
    void badRequestsCountOnlyWhenTheApplicationWroteThem() {
        assertThat(Refusal.in(new BadUserRequestException("Mã STT 9.9 không có trong kế hoạch.")))
                .contains(new Refusal(400, "Mã STT 9.9 không có trong kế hoạch.", 0));
        assertThat(Refusal.in(thrownByEngine(new BadUserRequestException("No process definition found for key 'x'")))).isEmpty();
    }

    @Test
    void realErrorsAreNoRefusal() {
        assertThat(Refusal.in(new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation"))).isEmpty();
        assertThat(Refusal.in(thrownByEngine(new NullValueException("executionId is null")))).isEmpty();
        assertThat(Refusal.in(new IllegalStateException("boom", new RuntimeException("cause")))).isEmpty();
    }

    /** As if the engine had created it: the first stack frame is where an exception was created. */
    private static <T extends Throwable> T thrownByEngine(T exception) {
        exception.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.camunda.bpm.engine.impl.util.EnsureUtil", "generateException", "EnsureUtil.java", 1)});
        return exception;
    }
}

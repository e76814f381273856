package vn.dongthap.tdcs.platform;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A request the engine refused for a reason the user can act on (a rule of the plan, a missing permission, a
 * task someone else just completed), with the only text the user should see: Vietnamese, without class names
 * or ids. Anything else is a real error and is left to the normal error handling.
 *
 * <p>The REST layer wraps engine exceptions ("Cannot instantiate process definition ...: ", "Cannot submit task
 * form ...: "), so the refusal is looked for along the cause chain.
 */
public record Refusal(int status, String message, int code) {

    static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này.";
    static final String TAKEN_BY_SOMEONE_ELSE = "Công việc này vừa được người khác xử lý. Hãy tải lại danh sách việc.";
    static final String TASK_GONE = "Công việc này không còn: đã được xử lý hoặc đã bị hủy. Hãy tải lại danh sách việc.";
    static final String NOT_FOUND = "Không tìm thấy mục này, hoặc bạn không có quyền xem nó.";
    static final String INVALID_INPUT = "Dữ liệu nhập vào biểu mẫu không hợp lệ. Hãy kiểm tra lại rồi gửi lại.";

    private static final String OWN_PACKAGE = "vn.dongthap.tdcs.";
    /** CompleteTaskCmd and SubmitTaskFormCmd: "Cannot find task with id …: task is null" (a NullValueException). */
    private static final String ENGINE_TASK_MISSING = "Cannot find task with id ";

    public static Optional<Refusal> in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            Refusal refusal = of(t);
            if (refusal != null) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static Refusal of(Throwable t) {
        if (t instanceof FormFieldValidationException e) {
            // The engine's own validators (camunda:formField constraints) speak English and name the field.
            return new Refusal(400, ownMessage(e).orElse(INVALID_INPUT), e.getCode());
        }
        if (t instanceof AuthorizationException e) {
            // The engine's messages name users, permissions and resource ids; the application's own are Vietnamese.
            boolean engineForm = !e.getMissingAuthorizations().isEmpty();
            return new Refusal(403, engineForm ? NOT_ALLOWED : ownMessage(e).orElse(NOT_ALLOWED), e.getCode());
        }
        if (t instanceof OptimisticLockingException e) {
            return new Refusal(409, TAKEN_BY_SOMEONE_ELSE, e.getCode());
        }
        if (t instanceof NullValueException e && e.getMessage() != null && e.getMessage().startsWith(ENGINE_TASK_MISSING)) {
            return new Refusal(404, TASK_GONE, e.getCode());
        }
        if (t instanceof RestException e && e.getStatus() != null && e.getStatus().getStatusCode() == 404) {
            // "No matching task with id …": the REST layer's own answer when a query finds nothing the user may read.
            return new Refusal(404, NOT_FOUND, 0);
        }
        if (t instanceof BadUserRequestException e) {
            return ownMessage(e).map(message -> new Refusal(400, message, e.getCode())).orElse(null);
        }
        return null;
    }

    /**
     * The message of an exception that the application itself threw: those are written for users. The JVM
     * records the stack from the method that created the exception (constructors of the exception are skipped).
     */
    private static Optional<String> ownMessage(ProcessEngineException e) {
        StackTraceElement[] stack = e.getStackTrace();
        boolean own = stack.length > 0 && stack[0].getClassName().startsWith(OWN_PACKAGE);
        return own && e.getMessage() != null && !e.getMessage().isBlank() ? Optional.of(e.getMessage()) : Optional.empty();
    }
}

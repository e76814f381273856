package vn.dongthap.tdcs.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input refused on the server with a Vietnamese message: a form that Tasklist's browser-side
 * validation would have caught but that was submitted anyway (e.g. via REST), or a start request
 * that breaks a rule (a second annual round for the same year). Thrown inside the engine command,
 * so nothing is stored. It is the engine's own form-validation exception, so the submit-form
 * endpoints (used by Tasklist and /engine-rest) answer 400 with this message. Validators run as
 * execution listeners, not task listeners: the engine wraps task-listener exceptions into a 500.
 */
public class InvalidFormInputException extends FormFieldValidationException {

    public InvalidFormInputException(String field, String message) {
        super(field, message);
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that Tasklist's browser-side validation would have caught, submitted anyway (e.g. via REST).
 * Thrown from an execution listener at the end of a user task, which rolls back the completion.
 * It is the engine's own form-validation exception, so the submit-form endpoint (used by Tasklist
 * and /engine-rest) answers 400 carrying this Vietnamese message. A task listener would not do:
 * the engine wraps task-listener exceptions into a 500.
 */
public class InvalidTaskInputException extends FormFieldValidationException {

    public InvalidTaskInputException(String field, String message) {
        super(field, message);
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Server-side checks shared by the listeners that validate submitted forms. */
final class TaskInputs {

    private TaskInputs() {
    }

    /** The trimmed text of a variable, refused when missing, not text, or outside the length bounds. */
    static String text(VariableScope task, String variable, String label, int minLength, int maxLength) {
        Object value = task.getVariable(variable);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidTaskInputException(variable, "Chưa nhập \"" + label + "\".");
        }
        if (!(value instanceof String s)) {
            throw new InvalidTaskInputException(variable, "\"" + label + "\" phải là văn bản.");
        }
        String text = s.trim();
        if (text.length() < minLength) {
            throw new InvalidTaskInputException(variable, "\"" + label + "\" quá ngắn (ít nhất " + minLength + " ký tự).");
        }
        if (text.length() > maxLength) {
            throw new InvalidTaskInputException(variable, "\"" + label + "\" quá dài (tối đa " + maxLength + " ký tự).");
        }
        return text;
    }
}

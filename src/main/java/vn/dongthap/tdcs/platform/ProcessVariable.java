package vn.dongthap.tdcs.platform;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name and type, declared once in the process's model class
 * ({@code UnitReportModel.APPROVAL_DECISION}, ...) and read or written only through it. Hand-written
 * rather than holunda's camunda-bpm-data: a dozen lines cover what the processes need, without a Kotlin
 * runtime. A variable is user input: validators read it {@link #raw raw} and refuse in Vietnamese; it never
 * says who acts or for which unit, round or proposal (business keys and the application's tables do).
 *
 * @param <T> the type the process stores
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value as stored, of any type: for validators of user input. */
    public Object raw(VariableScope scope) {
        return scope.getVariable(name);
    }

    /** The value, or null when absent; a value of another type is a programming error (validate it first). */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("Variable " + name + " is a " + value.getClass().getName()
                    + ", expected " + type.getName());
        }
        return type.cast(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Adds the value to variables given when starting an instance or correlating a message. */
    public Map<String, Object> put(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    @Override
    public String toString() {
        return name;
    }
}

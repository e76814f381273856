package vn.dongthap.tdcs.identity.guard;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a person may submit with a form: only its answerable fields, plain values (text, numbers,
 * dates, yes/no, the JSON of a list), within a size bound. Read-only fields are dropped, so a
 * completion can never rewrite what the form only shows.
 */
class SubmittedVariables {

    private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "short", "integer", "long", "double",
            "date", "null", "json");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final long maxCharacters;

    SubmittedVariables(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    VariableMap check(Map<String, Object> submitted, FormFields form) {
        VariableMap accepted = Variables.createVariables();
        if (submitted == null) {
            return accepted;
        }
        List<String> unknown = new ArrayList<>();
        long characters = 0;
        for (String name : submitted.keySet()) {
            if (form.isReadonly(name)) {
                continue;
            }
            if (!form.isAnswerable(name)) {
                unknown.add(name);
                continue;
            }
            TypedValue value = typed(submitted, name);
            if (!isPlain(value)) {
                throw new FormFieldValidationException(name,
                        "Trường \"" + name + "\" chỉ nhận văn bản, số, ngày hoặc danh sách của biểu mẫu.");
            }
            characters += size(value);
            accepted.putValueTyped(name, clean(value, form.field(name)));
        }
        if (!unknown.isEmpty()) {
            throw new FormFieldValidationException(unknown.get(0), "Biểu mẫu không có "
                    + (unknown.size() == 1 ? "trường " : "các trường ") + String.join(", ", unknown)
                    + ": chỉ gửi các trường của biểu mẫu.");
        }
        if (characters > maxCharacters) {
            throw new FormFieldValidationException(null, "Nội dung gửi quá lớn (" + characters
                    + " ký tự, tối đa " + maxCharacters + "). Hãy rút gọn nội dung.");
        }
        return accepted;
    }

    private static TypedValue typed(Map<String, Object> variables, String name) {
        if (variables instanceof VariableMap map) {
            return map.getValueTyped(name);
        }
        Object value = variables.get(name);
        return value instanceof TypedValue typed ? typed : Variables.untypedValue(value);
    }

    private static boolean isPlain(TypedValue value) {
        if (value.getType() != null) {
            return PLAIN_TYPES.contains(value.getType().getName());
        }
        Object raw = value.getValue();
        return raw == null || raw instanceof String || raw instanceof Number || raw instanceof Boolean
                || raw instanceof Date || raw instanceof SpinJsonNode;
    }

    private static long size(TypedValue value) {
        if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
            return serializable.getValueSerialized().length();
        }
        Object raw = value.getValue();
        return raw == null ? 0 : raw.toString().length();
    }

    private static TypedValue clean(TypedValue value, FormFields.Field field) {
        Object raw = value.getValue();
        if (!(raw instanceof String text) || !(value instanceof StringValue || value.getType() == null)) {
            return value;
        }
        Pattern unwanted = field.singleLine() ? ANY_CONTROL : CONTROL_BUT_LINE_BREAKS;
        return Variables.stringValue(unwanted.matcher(text).replaceAll(""));
    }
}

package vn.dongthap.tdcs.identity.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a deployed Camunda Form lets a person submit: each input field's key, or a dynamic
 * list's / group's path. Read-only fields are shown, not answered, so a submission never changes them.
 */
record FormFields(Map<String, Field> fields) {

    static final FormFields NONE = new FormFields(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One top-level variable of the form. */
    record Field(String key, String type, boolean readonly) {

        /** A textfield holds one line: control characters there are never wanted. */
        boolean singleLine() {
            return "textfield".equals(type);
        }
    }

    static FormFields parse(InputStream form) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(JSON.readTree(form).path("components"), fields);
        return new FormFields(Collections.unmodifiableMap(fields));
    }

    boolean isAnswerable(String variable) {
        Field field = fields.get(variable);
        return field != null && !field.readonly();
    }

    boolean isReadonly(String variable) {
        Field field = fields.get(variable);
        return field != null && field.readonly();
    }

    Field field(String variable) {
        return fields.get(variable);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (component.hasNonNull("path") && component.has("components")) {
                // A dynamic list or a group with a path is one variable (a JSON list or object).
                boolean readonly = isReadonly(component) || allReadonly(component.path("components"));
                String path = component.get("path").asText();
                fields.put(path, new Field(path, type, readonly));
            } else if (component.has("components")) {
                collect(component.path("components"), fields);
            } else if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                fields.put(key, new Field(key, type, isReadonly(component)));
            }
        }
    }

    /** Only a literal true counts: an expression may make the field editable for someone. */
    private static boolean isReadonly(JsonNode component) {
        return component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
    }

    private static boolean allReadonly(JsonNode components) {
        for (JsonNode child : components) {
            if (child.has("components") ? !allReadonly(child.path("components"))
                    : child.hasNonNull("key") && !isReadonly(child)) {
                return false;
            }
        }
        return true;
    }
}

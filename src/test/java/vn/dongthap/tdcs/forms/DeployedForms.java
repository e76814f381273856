package vn.dongthap.tdcs.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/** Reads what a deployed form offers, as Tasklist gets it from the engine. */
public final class DeployedForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployedForms() {
    }

    /** The choices of the field with this key in the start form of the latest version of a process. */
    public static List<FormOption> startFormOptions(ProcessEngine engine, String processKey, String fieldKey) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        return options(engine.getFormService().getDeployedStartForm(definitionId), fieldKey);
    }

    public static List<FormOption> taskFormOptions(ProcessEngine engine, String taskId, String fieldKey) {
        return options(engine.getFormService().getDeployedTaskForm(taskId), fieldKey);
    }

    public static List<FormOption> options(InputStream form, String fieldKey) {
        try (form) {
            List<FormOption> options = new ArrayList<>();
            collect(JSON.readTree(form).path("components"), fieldKey, options);
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, String fieldKey, List<FormOption> options) {
        for (JsonNode component : components) {
            if (fieldKey.equals(component.path("key").asText())) {
                component.path("values").forEach(v -> options.add(new FormOption(v.path("value").asText(), v.path("label").asText())));
            }
            collect(component.path("components"), fieldKey, options);
        }
    }
}

package vn.dongthap.tdcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.junit.jupiter.api.Test;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * The Java side of the BPMN contract: process keys, element ids, message names and variables that Java names
 * are declared once (ProcessKeys, one model class per process, RoundVariables, NoticeVariables) and exist in
 * the deployed models of bpmn/; the variables the models' expressions read are declared; and no Java source
 * outside those classes spells an id or a variable name.
 */
class ProcessModelContractTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path MAIN = Path.of("src/main/java");

    /** Model classes: each declares PROCESS_KEY, the element ids Java uses (String) and its variables. */
    private static final List<String> MODELS = List.of(
            "vn.dongthap.tdcs.reporting.UnitReportModel",
            "vn.dongthap.tdcs.reporting.ReportConsolidationModel",
            "vn.dongthap.tdcs.reporting.AnnualReportCycleModel",
            "vn.dongthap.tdcs.reporting.AdhocReportRequestModel",
            "vn.dongthap.tdcs.reporting.AnnualReportScheduleModel",
            "vn.dongthap.tdcs.amendment.AmendmentRequestModel",
            "vn.dongthap.tdcs.amendment.AmendmentConsolidationModel",
            "vn.dongthap.tdcs.notification.NotificationDeliveryModel");
    /** Variables shared by several processes (what the round's tasks and mails show). */
    private static final List<String> SHARED = List.of(
            "vn.dongthap.tdcs.reporting.RoundVariables",
            "vn.dongthap.tdcs.notification.NoticeVariables");
    /** Where declarations may spell ids and variable names. */
    private static final Set<String> DECLARING_FILES = Set.of("ProcessKeys.java", "RoundVariables.java",
            "NoticeVariables.java", "UnitReportForm.java");

    @Test
    void processKeysAreTheDeployedProcesses() throws Exception {
        Set<String> keys = new HashSet<>(stringConstants(ProcessKeys.class).values());
        Set<String> files = new HashSet<>();
        try (Stream<Path> bpmn = Files.list(BPMN)) {
            bpmn.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> {
                String key = f.getFileName().toString().replace(".bpmn", "");
                files.add(key);
                Object process = Bpmn.readModelFromFile(f.toFile()).getModelElementById(key);
                assertThat(process).as("process id of %s", f).isNotNull();
            });
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void idsJavaNamesExistInTheirModel() throws Exception {
        for (String name : MODELS) {
            Class<?> model = Class.forName(name);
            Map<String, String> constants = stringConstants(model);
            String key = constants.remove("PROCESS_KEY");
            assertThat(key).as("%s.PROCESS_KEY", name).isIn(stringConstants(ProcessKeys.class).values());
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(BPMN.resolve(key + ".bpmn").toFile());
            Set<String> known = new HashSet<>();
            bpmn.getModelElementsByType(Message.class).forEach(m -> known.add(m.getName()));
            bpmn.getModelElementsByType(Error.class).forEach(e -> known.add(e.getErrorCode()));
            bpmn.getModelElementsByType(Signal.class).forEach(s -> known.add(s.getName()));
            constants.forEach((field, id) -> assertThat(bpmn.getModelElementById(id) != null || known.contains(id))
                    .as("%s.%s = %s in bpmn/%s.bpmn", model.getSimpleName(), field, id, key).isTrue());
        }
    }

    @Test
    void variablesReadByExpressionsAreDeclared() throws Exception {
        Map<String, Set<String>> declared = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String name : SHARED) {
            shared.addAll(variableNames(Class.forName(name)));
        }
        for (String name : MODELS) {
            Class<?> model = Class.forName(name);
            declared.computeIfAbsent(stringConstants(model).get("PROCESS_KEY"), k -> new HashSet<>(shared))
                    .addAll(variableNames(model));
        }
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> bpmn = Files.list(BPMN)) {
            for (Path file : bpmn.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String key = file.getFileName().toString().replace(".bpmn", "");
                for (String variable : variablesIn(Files.readString(file))) {
                    checked++;
                    if (!declared.getOrDefault(key, shared).contains(variable)) {
                        undeclared.add(key + ": " + variable);
                    }
                }
            }
        }
        assertThat(checked).as("variables found in expressions").isGreaterThanOrEqualTo(4);
        assertThat(undeclared).isEmpty();
    }

    /** Ids and variable names are spelled only in the declaring classes; the rest of the code uses constants. */
    @Test
    void noIdOrVariableNameIsSpelledOutsideTheDeclarations() throws IOException {
        Pattern spelled = Pattern.compile("(get|set|remove)Variables?(Local)?\\(\\s*\""
                + "|createMessageCorrelation\\(\\s*\"|ByKey\\(\\s*\"|DefinitionKey\\(\\s*\""
                + "|PROCESS_DEFINITION,\\s*\"|\"(Task|Msg|Message|Event|Gateway|CallActivity|Timer|Error)_\\w*\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("Model.java") || DECLARING_FILES.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (spelled.matcher(lines.get(i)).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Identifiers an expression reads as variables: not bean calls, not delegate expressions, not literals. */
    static Set<String> variablesIn(String xml) {
        Set<String> variables = new HashSet<>();
        Matcher expressions = Pattern.compile("(?:([\\w:]+)=\"|>)\\s*([$#]\\{[^}]*})").matcher(xml);
        while (expressions.find()) {
            if (expressions.group(1) != null && expressions.group(1).endsWith("delegateExpression")) {
                continue; // a bean name
            }
            String body = expressions.group(2).replace("&#39;", "'").replace("&quot;", "\"")
                    .replaceAll("'[^']*'|\"[^\"]*\"", "''");
            Matcher identifiers = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\s*[.(\\w])").matcher(body.substring(2));
            while (identifiers.find()) {
                String id = identifiers.group(1);
                if (!Set.of("execution", "task", "true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
                        "lt", "gt", "le", "ge", "div", "mod", "instanceof").contains(id)) {
                    variables.add(id);
                }
            }
        }
        return variables;
    }

    private static Map<String, String> stringConstants(Class<?> type) throws IllegalAccessException {
        Map<String, String> constants = new HashMap<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    private static Set<String> variableNames(Class<?> type) throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                field.setAccessible(true);
                names.add(((ProcessVariable<?>) field.get(null)).name());
            }
        }
        return names;
    }
}

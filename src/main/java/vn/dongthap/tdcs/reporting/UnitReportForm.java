package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * The unit's report as the Camunda Form edits it: the list "items" holds exactly the plan items the
 * unit leads or co-operates on (taken from the plan register, never from the form), plus the figures
 * the plan asks of that unit (one number field per figure, keyed by the figure's key, shown when
 * "askedFigures" lists it). Parsing re-checks everything the browser may not have.
 */
@Component
public class UnitReportForm {

    public static final String ITEMS = "items";
    public static final String COMMENT = "generalComment";
    /** Keys of the figures the unit is asked (a JSON list): the draft form shows those fields. */
    public static final String ASKED_FIGURES = "askedFigures";
    /** The figures as the leader approves them, one line each (read-only on the approval form). */
    public static final String FIGURE_SUMMARY = "figureSummary";

    static final Map<String, String> LEVELS = Map.of(
            "da-hoan-thanh", "Đã hoàn thành",
            "dang-thuc-hien", "Đang thực hiện",
            "chua-thuc-hien", "Chưa thực hiện");
    /** The levels in the order the form offers them: the order documents count them in. */
    static final List<String> LEVEL_ORDER = List.of("da-hoan-thanh", "dang-thuc-hien", "chua-thuc-hien");

    /**
     * A validated report, ready to be stored as a submission version.
     *
     * @param figures the asked figures' values by key, in the plan's order
     * @param figureSummary the figures as the approval form shows them
     */
    public record Content(List<Submissions.Item> items, Map<String, BigDecimal> figures, String figureSummary,
                          String generalComment) {
    }

    private final PlanRegisterQueries plan;
    private final ReportFigures figures;
    private final ObjectMapper json;

    UnitReportForm(PlanRegisterQueries plan, ReportFigures figures, ObjectMapper json) {
        this.plan = plan;
        this.figures = figures;
        this.json = json;
    }

    /** Variables that pre-fill the draft form for a unit. */
    public Map<String, Object> initialVariables(long planVersionId, String unitId) {
        ArrayNode items = json.createArrayNode();
        for (PlanViews.UnitItem item : plan.unitItems(planVersionId, unitId)) {
            ObjectNode row = items.addObject();
            row.put("planItemId", item.id());
            row.put("stt", item.stt());
            row.put("content", item.content());
            row.put("role", item.leads() ? "Chủ trì" : "Phối hợp");
            row.put("level", "");
            row.put("result", "");
            row.put("product", "");
            row.put("difficulties", "");
            row.put("proposals", "");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ITEMS, SpinValues.jsonValue(items.toString()).create());
        ArrayNode asked = json.createArrayNode();
        figures.askedOf(planVersionId, unitId).forEach(f -> asked.add(f.key()));
        variables.put(ASKED_FIGURES, SpinValues.jsonValue(asked.toString()).create());
        return variables;
    }

    public Content parse(VariableScope scope, long planVersionId, String unitId) {
        // Matched by STT, unique in a plan version: Tasklist submits only the fields the form shows.
        Map<String, PlanViews.UnitItem> expected = new HashMap<>();
        plan.unitItems(planVersionId, unitId).forEach(i -> expected.put(i.stt(), i));
        JsonNode rows = readItems(scope.getVariable(ITEMS));
        List<Submissions.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode row : rows) {
            PlanViews.UnitItem item = expected.get(row.path("stt").asText(""));
            if (item == null || !seen.add(item.stt())) {
                throw invalid(ITEMS, "Danh sách nhiệm vụ không khớp với các nhiệm vụ Kế hoạch giao cho đơn vị.");
            }
            String label = "Nhiệm vụ " + item.stt() + ": ";
            String level = row.path("level").asText("");
            if (!LEVELS.containsKey(level)) {
                throw invalid(ITEMS, label + "chưa chọn \"Mức độ thực hiện\" (đã hoàn thành, đang thực hiện hoặc chưa thực hiện).");
            }
            items.add(new Submissions.Item(item.id(), item.stt(), item.role(), level,
                    itemText(row, "result", label, "Kết quả thực hiện", true, 4000),
                    itemText(row, "product", label, "Sản phẩm", false, 1000),
                    itemText(row, "difficulties", label, "Khó khăn, vướng mắc", false, 4000),
                    itemText(row, "proposals", label, "Kiến nghị", false, 4000)));
        }
        if (!seen.equals(expected.keySet())) {
            throw invalid(ITEMS, "Danh sách nhiệm vụ không khớp với các nhiệm vụ Kế hoạch giao cho đơn vị.");
        }
        List<PlanViews.Figure> asked = figures.askedOf(planVersionId, unitId);
        Map<String, BigDecimal> values = figures.parse(scope, asked);
        String comment = FormValues.optionalText(COMMENT, "Đánh giá chung, kiến nghị khác", scope.getVariable(COMMENT), 20000);
        return new Content(items, values, ReportFigures.summary(asked, values), comment);
    }

    private JsonNode readItems(Object value) {
        if (value == null) {
            throw invalid(ITEMS, "Chưa có nội dung báo cáo theo từng nhiệm vụ.");
        }
        String text = value instanceof JsonValue spin ? spin.getValueSerialized() : value.toString();
        try {
            JsonNode node = json.readTree(text);
            if (!node.isArray()) {
                throw invalid(ITEMS, "Nội dung báo cáo theo nhiệm vụ phải là một danh sách.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(ITEMS, "Nội dung báo cáo theo nhiệm vụ không đọc được.");
        }
    }

    /** @param item e.g. "Nhiệm vụ 1.1: " — every message says which item and which field */
    private static String itemText(JsonNode row, String field, String item, String label, boolean required, int max) {
        JsonNode node = row.get(field);
        if (node != null && !node.isNull() && !node.isTextual()) {
            throw invalid(ITEMS, item + "\"" + label + "\" phải là văn bản.");
        }
        String value = node == null || node.isNull() ? "" : node.asText().trim();
        if (value.isEmpty()) {
            if (required) {
                throw invalid(ITEMS, item + "chưa nhập \"" + label + "\".");
            }
            return null;
        }
        if (value.length() > max) {
            throw invalid(ITEMS, item + "\"" + label + "\" quá dài (tối đa " + max + " ký tự).");
        }
        return value;
    }

    private static InvalidFormInputException invalid(String field, String message) {
        return new InvalidFormInputException(field, message);
    }
}

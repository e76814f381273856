package vn.dongthap.tdcs.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * What a saved draft of the unit report holds: only the answers the draft form asks (per plan item: level, result,
 * product, difficulties, proposals; the asked figures as typed; the general comment), never the form's read-only
 * fields. Items are matched by STT with the plan items the register gives the unit. A draft is not a submission:
 * nothing is required, but every value must be text within the form's limits, or the save is refused in Vietnamese.
 */
@Component
class ReportDraftContent {

    /** Answer fields of one plan item and their maximum lengths (as unit-report-draft.form and UnitReportForm). */
    private static final Map<String, Integer> ITEM_ANSWERS = Map.of(
            "level", 20, "result", 4000, "product", 1000, "difficulties", 4000, "proposals", 4000);
    private static final int FIGURE_MAX_LENGTH = 20;
    private static final int COMMENT_MAX_LENGTH = 20_000;

    /** A draft the officer cannot save; the message says which item and field. */
    static class InvalidDraftException extends RuntimeException {
        InvalidDraftException(String message) {
            super(message);
        }
    }

    private final PlanRegisterQueries plan;
    private final ReportFigures figures;
    private final ObjectMapper json;

    ReportDraftContent(PlanRegisterQueries plan, ReportFigures figures, ObjectMapper json) {
        this.plan = plan;
        this.figures = figures;
        this.json = json;
    }

    /** The answers of a submitted form state (what Tasklist's "Lưu" holds), checked, as JSON to store. */
    String answersOf(JsonNode formState, ReportRound round, String unitId) {
        if (formState == null || !formState.isObject()) {
            throw new InvalidDraftException("Bản nháp phải là nội dung của biểu mẫu báo cáo.");
        }
        Map<String, PlanViews.UnitItem> items = plan.unitItems(round.planVersionId(), unitId).stream()
                .collect(Collectors.toMap(PlanViews.UnitItem::stt, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        ObjectNode answers = json.createObjectNode();
        ArrayNode rows = answers.putArray(UnitReportForm.ITEMS);
        JsonNode submitted = formState.path(UnitReportForm.ITEMS);
        if (!submitted.isMissingNode() && !submitted.isArray()) {
            throw new InvalidDraftException("Nội dung báo cáo theo nhiệm vụ phải là một danh sách.");
        }
        for (JsonNode row : submitted) {
            String stt = row.path("stt").asText("");
            if (!items.containsKey(stt)) {
                throw new InvalidDraftException("Danh sách nhiệm vụ không khớp với các nhiệm vụ Kế hoạch giao cho đơn vị.");
            }
            ObjectNode kept = rows.addObject().put("stt", stt);
            ITEM_ANSWERS.forEach((field, max) -> kept.put(field, text(row, field, "Nhiệm vụ " + stt + ": ", max)));
            if (!kept.get("level").asText().isEmpty() && !UnitReportForm.LEVELS.containsKey(kept.get("level").asText())) {
                throw new InvalidDraftException("Nhiệm vụ " + stt + ": \"Mức độ thực hiện\" không hợp lệ.");
            }
        }
        for (PlanViews.Figure figure : figures.askedOf(round.planVersionId(), unitId)) {
            answers.put(figure.key(), text(formState, figure.key(), figure.label() + ": ", FIGURE_MAX_LENGTH));
        }
        answers.put(UnitReportForm.COMMENT, text(formState, UnitReportForm.COMMENT, "", COMMENT_MAX_LENGTH));
        return answers.toString();
    }

    /**
     * The form state to open the draft task with: the task's own plan items (STT, role, content as the register
     * gave them) with the draft's answers written in, and the draft's figures and comment.
     */
    ObjectNode formState(String storedAnswers, JsonNode taskItems) {
        if (taskItems == null) {
            taskItems = json.createArrayNode();
        }
        JsonNode answers = read(storedAnswers);
        Map<String, JsonNode> byStt = new LinkedHashMap<>();
        answers.path(UnitReportForm.ITEMS).forEach(row -> byStt.put(row.path("stt").asText(), row));
        ObjectNode state = json.createObjectNode();
        ArrayNode rows = state.putArray(UnitReportForm.ITEMS);
        for (JsonNode item : taskItems) {
            ObjectNode row = item.deepCopy();
            rows.add(row);
            JsonNode answer = byStt.get(item.path("stt").asText());
            if (answer != null) {
                ITEM_ANSWERS.keySet().forEach(field -> row.put(field, answer.path(field).asText("")));
            }
        }
        answers.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(UnitReportForm.ITEMS)) {
                state.set(field.getKey(), field.getValue());
            }
        });
        return state;
    }

    JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report draft is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field, String where, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidDraftException(where + "\"" + labelOf(field) + "\" phải là văn bản.");
        }
        if (value.asText().length() > max) {
            throw new InvalidDraftException(where + "\"" + labelOf(field) + "\" quá dài (tối đa " + max + " ký tự).");
        }
        return value.asText();
    }

    private static final Map<String, String> LABELS = Map.of("level", "Mức độ thực hiện", "result", "Kết quả thực hiện",
            "product", "Sản phẩm", "difficulties", "Khó khăn, vướng mắc", "proposals", "Kiến nghị",
            UnitReportForm.COMMENT, "Đánh giá chung, kiến nghị khác");

    private static String labelOf(String field) {
        return LABELS.getOrDefault(field, "số liệu");
    }
}

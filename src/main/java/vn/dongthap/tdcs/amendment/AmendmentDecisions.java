package vn.dongthap.tdcs.amendment;

import static vn.dongthap.tdcs.amendment.AmendmentConsolidationModel.DECISION_DATE;
import static vn.dongthap.tdcs.amendment.AmendmentConsolidationModel.DECISION_NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanChange;
import vn.dongthap.tdcs.plan.PlanDataException;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * UBND tỉnh's decision on a batch, as the decision form edits it: a number and date for the
 * decision, and per proposal chấp thuận / chấp thuận có điều chỉnh / không chấp thuận.
 */
@Component
public class AmendmentDecisions {

    private static final String DECISIONS = AmendmentConsolidationModel.DECISIONS.name();

    /** A checked decision, ready to apply. */
    public record Checked(String number, LocalDate date, Map<Long, Decided> byProposal, List<PlanChange> changes) {
    }

    public record Decided(Proposal.Decision decision, String note, ItemChanges adjusted) {
    }

    private final ObjectMapper json;
    private final ProposalForm form;
    private final PlanRevision revision;
    private final ProposalReading details;

    AmendmentDecisions(ObjectMapper json, ProposalForm form, PlanRevision revision, ProposalReading details) {
        this.json = json;
        this.form = form;
        this.revision = revision;
        this.details = details;
    }

    /** One row per proposal, for the form. */
    public JsonValue rows(List<Proposal> proposals, Map<String, String> unitNames) {
        ArrayNode rows = json.createArrayNode();
        for (Proposal p : proposals) {
            ObjectNode row = rows.addObject();
            row.put("proposalKey", p.key());
            ProposalReading.Texts texts = details.of(p);
            row.put("summary", p.kind().label() + " — " + texts.target() + "\nĐơn vị đề xuất: "
                    + unitNames.getOrDefault(p.unitId(), "(đơn vị không còn trong danh mục)")
                    + "\n\nHiện hành:\n" + texts.current() + "\n\nĐề xuất:\n" + texts.proposed()
                    + "\n\nLý do: " + p.reason() + "\n\nTrao đổi giải trình:\n" + texts.thread());
            row.put("recommendation", p.recommendationText());
            for (String field : List.of("decision", "note", "adjContent", "adjProduct", "adjTiming")) {
                row.put(field, "");
            }
            row.putArray("adjLead");
            row.putArray("adjCoop");
        }
        return SpinValues.jsonValue(rows.toString()).create();
    }

    /**
     * Checks the decision form and that the approved changes apply to {@code targetVersionId} (the newest plan
     * version). A change whose item differs there from the version its proposal was made against (another
     * decision or an accepted plan file changed it meanwhile) is refused: UBND tỉnh decides it "không chấp
     * thuận", and the unit may propose again on the plan in force.
     */
    public Checked check(VariableScope scope, List<Proposal> proposals, List<String> withdrawn, long targetVersionId) {
        String number = requireText(DECISION_NUMBER.raw(scope), DECISION_NUMBER.name(), "Số quyết định", 100);
        LocalDate date = date(DECISION_DATE.raw(scope));
        Map<String, Proposal> byKey = new HashMap<>();
        proposals.forEach(p -> byKey.put(p.key(), p));
        Map<Long, Decided> decided = new HashMap<>();
        for (JsonNode row : rows(AmendmentConsolidationModel.DECISIONS.raw(scope))) {
            if (withdrawn.contains(row.path("proposalKey").asText(""))) {
                continue; // withdrawn by its unit while the form was open: the batch is decided without it
            }
            Proposal proposal = byKey.get(row.path("proposalKey").asText(""));
            if (proposal == null || decided.containsKey(proposal.id())) {
                throw invalid(DECISIONS, "Danh sách quyết định không khớp với các đề xuất của tờ trình.");
            }
            decided.put(proposal.id(), decide(proposal, row));
        }
        if (decided.size() != proposals.size()) {
            throw invalid(DECISIONS, "Chưa quyết định đủ các đề xuất của tờ trình.");
        }
        List<PlanChange> changes = new ArrayList<>();
        List<String> outdated = new ArrayList<>();
        for (Proposal p : proposals) {
            Decided d = decided.get(p.id());
            if (d.decision() != Proposal.Decision.KHONG_CHAP_THUAN) {
                changes.add(change(p, d.adjusted()));
                revision.itemChangedSince(p.planVersionId(), targetVersionId, p.targetStt())
                        .ifPresent(why -> outdated.add(p.key() + " (" + why + ")"));
            }
        }
        if (!outdated.isEmpty()) {
            throw invalid(DECISIONS, "Kế hoạch đã có phiên bản mới hơn phiên bản các đề xuất được lập trên đó: "
                    + revision.describe(targetVersionId) + ". Trong phiên bản này, nhiệm vụ của các đề xuất sau đã thay"
                    + " đổi: " + String.join("; ", outdated) + ". Các đề xuất này không thể chấp thuận như đã trình: chọn"
                    + " \"Không chấp thuận\" và ghi lý do (đơn vị có thể đề xuất lại trên Kế hoạch hiện hành). Các đề xuất"
                    + " khác được áp dụng trên phiên bản mới nhất.");
        }
        try {
            revision.apply(targetVersionId, changes);
        } catch (PlanDataException e) {
            throw invalid(DECISIONS, "Không áp dụng được các quyết định vào Kế hoạch: " + String.join(" ", e.problems()));
        }
        return new Checked(number, date, decided, changes);
    }

    private Decided decide(Proposal proposal, JsonNode row) {
        String prefix = "Đề xuất " + proposal.key() + ": ";
        String value = row.path("decision").asText("");
        Proposal.Decision decision = Arrays.stream(Proposal.Decision.values())
                .filter(d -> d.name().toLowerCase().replace('_', '-').equals(value)).findFirst()
                .orElseThrow(() -> invalid(DECISIONS, prefix + "chưa chọn \"Quyết định\"."));
        String note = optional(row, "note", prefix + "\"Ghi chú, lý do\"", 4000);
        if (decision == Proposal.Decision.KHONG_CHAP_THUAN && note == null) {
            throw invalid(DECISIONS, prefix + "cần nêu lý do không chấp thuận.");
        }
        ItemChanges adjusted = null;
        if (decision == Proposal.Decision.CHAP_THUAN_DIEU_CHINH) {
            if (proposal.kind() == AmendmentKind.BAI_BO) {
                throw invalid(DECISIONS, prefix + "đề xuất bãi bỏ chỉ chấp thuận hoặc không chấp thuận, không điều chỉnh.");
            }
            adjusted = new ItemChanges(null, optional(row, "adjContent", prefix + "\"Nội dung điều chỉnh\"", 10000),
                    ids(row, "adjLead", prefix + "Đơn vị chủ trì điều chỉnh"),
                    ids(row, "adjCoop", prefix + "Đơn vị phối hợp điều chỉnh"),
                    optional(row, "adjProduct", prefix + "\"Sản phẩm điều chỉnh\"", 2000),
                    optional(row, "adjTiming", prefix + "\"Thời gian điều chỉnh\"", 500));
            if (adjusted.isEmpty()) {
                throw invalid(DECISIONS, prefix + "chấp thuận có điều chỉnh cần nhập nội dung điều chỉnh.");
            }
        }
        return new Decided(decision, note, adjusted);
    }

    /** The change to the plan: the proposal, overlaid by UBND tỉnh's adjustments where given. */
    static PlanChange change(Proposal p, ItemChanges adjusted) {
        ItemChanges c = p.changes();
        ItemChanges a = adjusted == null ? new ItemChanges(null, null, null, null, null, null) : adjusted;
        PlanChange.Type type = switch (p.kind()) {
            case SUA_DOI -> PlanChange.Type.CHANGE;
            case BO_SUNG -> PlanChange.Type.ADD;
            case BAI_BO -> PlanChange.Type.REMOVE;
        };
        return new PlanChange(type, p.targetStt(), c.group(), or(a.content(), c.content()), or(a.lead(), c.lead()),
                or(a.coop(), c.coop()), or(a.product(), c.product()), or(a.timing(), c.timing()), p.regime());
    }

    /** The form's taglist gives a list of ids; a comma-separated text (REST clients) is read the same way. */
    private List<String> ids(JsonNode row, String field, String label) {
        JsonNode value = row.path(field);
        List<String> ids = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(id -> ids.add(id.asText("").trim()));
        } else {
            ids.addAll(Arrays.asList(value.asText("").split("[,;\\s]+")));
        }
        ids.removeIf(String::isBlank);
        return ids.isEmpty() ? null : form.knownUnits(ids, DECISIONS, label);
    }

    private JsonNode rows(Object value) {
        try {
            JsonNode node = json.readTree(value instanceof JsonValue spin ? spin.getValueSerialized() : String.valueOf(value));
            if (node != null && node.isArray()) {
                return node;
            }
        } catch (Exception e) {
            // refused below
        }
        throw invalid(DECISIONS, "Danh sách quyết định không đọc được.");
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw invalid(DECISION_DATE.name(), "Chưa nhập \"Ngày quyết định\".");
        }
        try {
            String text = value.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            throw invalid(DECISION_DATE.name(), "\"Ngày quyết định\" không phải ngày hợp lệ (" + value + ").");
        }
    }

    private static String requireText(Object value, String field, String label, int max) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(field, "Chưa nhập \"" + label + "\".");
        }
        if (text.trim().length() > max) {
            throw invalid(field, "\"" + label + "\" quá dài (tối đa " + max + " ký tự).");
        }
        return text.trim();
    }

    private static String optional(JsonNode row, String field, String label, int max) {
        String text = row.path(field).asText("").trim();
        if (text.length() > max) {
            throw invalid(DECISIONS, label + " quá dài (tối đa " + max + " ký tự).");
        }
        return text.isEmpty() ? null : text;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static InvalidFormInputException invalid(String field, String message) {
        return new InvalidFormInputException(field, message);
    }
}

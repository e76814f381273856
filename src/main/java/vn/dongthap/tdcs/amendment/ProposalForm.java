package vn.dongthap.tdcs.amendment;

import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.AMENDMENT_KIND;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_CONTENT;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_COOP;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_DUE_BEFORE;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_RECIPIENTS;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_GROUP;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_LEAD;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_PRODUCT;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_STT;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.NEW_TIMING;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.REASON;
import static vn.dongthap.tdcs.amendment.AmendmentRequestModel.TARGET_STT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.RegimeChange;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * Reads and checks a proposal as the start and revision forms submit it. Refusals are Vietnamese and
 * name the field; fields equal to the current plan are dropped, so a "change" must really change.
 */
@Component
public class ProposalForm {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter FILE_MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** A checked proposal. */
    public record Input(AmendmentKind kind, String targetStt, ItemChanges changes, RegimeChange regime, String reason) {
    }

    private final PlanRevision revision;
    private final PlanRegisterQueries register;
    private final ObjectMapper json;

    ProposalForm(PlanRevision revision, PlanRegisterQueries register, ObjectMapper json) {
        this.revision = revision;
        this.register = register;
        this.json = json;
    }

    public Input read(VariableScope scope, long planVersionId) {
        AmendmentKind kind = AmendmentKind.fromFormValue(AMENDMENT_KIND.raw(scope))
                .orElseThrow(() -> invalid(AMENDMENT_KIND.name(), "\"Loại đề xuất\" phải là sửa đổi, bổ sung hoặc bãi bỏ."));
        String reason = text(scope, REASON, "Lý do đề xuất", 4000);
        if (reason == null || reason.length() < 10) {
            throw invalid(REASON.name(), "Chưa nêu \"Lý do đề xuất\" (ít nhất 10 ký tự).");
        }
        // An existing item is chosen from the plan's list (targetStt); a new item's STT is typed (newStt).
        String stt = kind == AmendmentKind.BO_SUNG ? text(scope, NEW_STT, "STT của nhiệm vụ bổ sung", 20)
                : text(scope, TARGET_STT, "Nhiệm vụ", 20);
        if (stt == null) {
            throw kind == AmendmentKind.BO_SUNG
                    ? invalid(NEW_STT.name(), "Chưa nhập \"STT của nhiệm vụ bổ sung\" (ví dụ 4.6).")
                    : invalid(TARGET_STT.name(), "Chưa chọn nhiệm vụ cần " + kind.label().toLowerCase() + ".");
        }
        PlanFile plan = revision.asPlanFile(planVersionId);
        Optional<PlanFile.Item> current = plan.items().stream().filter(i -> i.stt().equals(stt)).findFirst();
        ItemChanges changes = new ItemChanges(text(scope, NEW_GROUP, "Nhóm nhiệm vụ", 20),
                text(scope, NEW_CONTENT, "Nội dung nhiệm vụ đề xuất", 10000), units(scope, NEW_LEAD, "Đơn vị chủ trì đề xuất"),
                units(scope, NEW_COOP, "Đơn vị phối hợp đề xuất"), text(scope, NEW_PRODUCT, "Sản phẩm đề xuất", 2000),
                text(scope, NEW_TIMING, "Thời gian thực hiện đề xuất", 500));
        RegimeChange regime = regimeChange(scope, plan, kind, stt);
        return switch (kind) {
            case BAI_BO -> new Input(kind, existing(current, stt).stt(), empty(), null, reason);
            case SUA_DOI -> new Input(kind, stt, onlyWhatChanges(existing(current, stt), changes, regime), regime, reason);
            case BO_SUNG -> new Input(kind, newStt(current, stt), newItem(plan, changes), null, reason);
        };
    }

    /**
     * A new deadline (dd/MM) or new recipients of the consolidated report: only on the plan's reporting row, and only
     * what differs from the regime in force.
     */
    private RegimeChange regimeChange(VariableScope scope, PlanFile plan, AmendmentKind kind, String stt) {
        String due = text(scope, NEW_DUE_BEFORE, "Hạn báo cáo hằng năm mới", 10);
        List<String> recipients = units(scope, NEW_RECIPIENTS, "Nơi nhận báo cáo tổng hợp mới");
        if (due == null && recipients == null) {
            return null;
        }
        String reportingRow = PlanRevision.reportingRowStt(plan).orElse(null);
        if (kind != AmendmentKind.SUA_DOI || !stt.equals(reportingRow)) {
            throw invalid(due != null ? NEW_DUE_BEFORE.name() : NEW_RECIPIENTS.name(),
                    "Hạn và nơi nhận báo cáo chỉ đề xuất được khi sửa đổi dòng chế độ báo cáo"
                            + (reportingRow == null ? "." : " (nhiệm vụ STT " + reportingRow + ")."));
        }
        String dueBefore = null;
        if (due != null) {
            try {
                MonthDay day = MonthDay.parse(due.length() == 4 ? "0" + due : due, DAY_MONTH);
                dueBefore = day.format(FILE_MONTH_DAY);
            } catch (DateTimeParseException e) {
                throw invalid(NEW_DUE_BEFORE.name(), "\"Hạn báo cáo hằng năm mới\" phải là ngày/tháng, ví dụ 15/10.");
            }
            if (dueBefore.equals(plan.reportingRegime().dueBefore())) {
                dueBefore = null;
            }
        }
        if (recipients != null) {
            for (String id : recipients) {
                if (register.unit(id).isEmpty()) {
                    throw invalid(NEW_RECIPIENTS.name(), "\"Nơi nhận báo cáo tổng hợp mới\" phải là các cơ quan, đơn vị,"
                            + " không phải nhóm đơn vị.");
                }
            }
            if (Set.copyOf(recipients).equals(Set.copyOf(plan.reportingRegime().consolidatedTo()))) {
                recipients = null;
            }
        }
        return dueBefore == null && recipients == null ? null : new RegimeChange(dueBefore, recipients);
    }

    /** Unit and collective ids as the register knows them; unknown ids are refused. */
    public List<String> knownUnits(List<String> ids, String field, String label) {
        if (ids == null) {
            return null;
        }
        Set<String> known = new HashSet<>();
        register.units().forEach(u -> known.add(u.id()));
        register.collectives().forEach(c -> known.add(c.id()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw invalid(field, "\"" + label + "\": không có đơn vị hoặc nhóm đơn vị mã \"" + id + "\".");
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static PlanFile.Item existing(Optional<PlanFile.Item> current, String stt) {
        return current.orElseThrow(() -> invalid(TARGET_STT.name(), "Nhiệm vụ STT " + stt + " không có trong Kế hoạch hiện hành."));
    }

    private static String newStt(Optional<PlanFile.Item> current, String stt) {
        if (current.isPresent()) {
            throw invalid(NEW_STT.name(), "Nhiệm vụ STT " + stt + " đã có trong Kế hoạch; nhiệm vụ bổ sung cần STT mới.");
        }
        if (!stt.matches("[0-9A-Za-z.]{1,20}")) {
            throw invalid(NEW_STT.name(), "\"STT nhiệm vụ\" chỉ gồm chữ số, chữ cái không dấu và dấu chấm, ví dụ 4.6.");
        }
        return stt;
    }

    private static ItemChanges onlyWhatChanges(PlanFile.Item current, ItemChanges proposed, RegimeChange regime) {
        ItemChanges changes = new ItemChanges(null,
                differs(proposed.content(), current.content()),
                proposed.lead() != null && !Set.copyOf(proposed.lead()).equals(Set.copyOf(current.lead())) ? proposed.lead() : null,
                proposed.coop() != null && !Set.copyOf(proposed.coop()).equals(Set.copyOf(current.coop())) ? proposed.coop() : null,
                differs(proposed.product(), current.product()), differs(proposed.timing(), current.timing()));
        if (changes.isEmpty() && regime == null) {
            throw invalid(NEW_CONTENT.name(), "Đề xuất sửa đổi chưa thay đổi nội dung nào của nhiệm vụ STT " + current.stt()
                    + ": hãy nhập nội dung, đơn vị, sản phẩm hoặc thời gian mới.");
        }
        if (changes.lead() != null && changes.lead().isEmpty()) {
            throw invalid(NEW_LEAD.name(), "Nhiệm vụ phải có ít nhất một đơn vị chủ trì.");
        }
        return changes;
    }

    private static ItemChanges newItem(PlanFile plan, ItemChanges proposed) {
        if (proposed.group() == null || plan.groups().stream().noneMatch(g -> g.code().equals(proposed.group()))) {
            throw invalid(NEW_GROUP.name(), "Chưa chọn \"Nhóm nhiệm vụ\" hợp lệ cho nhiệm vụ bổ sung.");
        }
        if (proposed.content() == null) {
            throw invalid(NEW_CONTENT.name(), "Chưa nhập \"Nội dung nhiệm vụ đề xuất\".");
        }
        if (proposed.lead() == null || proposed.lead().isEmpty()) {
            throw invalid(NEW_LEAD.name(), "Chưa chọn \"Đơn vị chủ trì đề xuất\".");
        }
        if (proposed.timing() == null) {
            throw invalid(NEW_TIMING.name(), "Chưa nhập \"Thời gian thực hiện đề xuất\".");
        }
        return proposed;
    }

    private static ItemChanges empty() {
        return new ItemChanges(null, null, null, null, null, null);
    }

    private static String differs(String proposed, String current) {
        return proposed == null || Objects.equals(proposed, current == null ? null : current.trim()) ? null : proposed;
    }

    private List<String> units(VariableScope scope, ProcessVariable<?> variable, String label) {
        String field = variable.name();
        Object value = variable.raw(scope);
        if (value == null) {
            return null;
        }
        String text = value instanceof JsonValue spin ? spin.getValueSerialized() : value.toString();
        List<String> ids = new ArrayList<>();
        try {
            JsonNode node = json.readTree(text);
            if (node.isArray()) {
                node.forEach(n -> ids.add(n.asText()));
            } else {
                throw new IllegalArgumentException();
            }
        } catch (Exception e) {
            throw invalid(field, "\"" + label + "\" phải là danh sách mã đơn vị.");
        }
        return ids.isEmpty() ? null : knownUnits(ids, field, label);
    }

    private static String text(VariableScope scope, ProcessVariable<String> variable, String label, int max) {
        String field = variable.name();
        Object value = variable.raw(scope);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw invalid(field, "\"" + label + "\" phải là văn bản.");
        }
        if (s.trim().length() > max) {
            throw invalid(field, "\"" + label + "\" quá dài (tối đa " + max + " ký tự).");
        }
        return s.trim();
    }

    static InvalidFormInputException invalid(String field, String message) {
        return new InvalidFormInputException(field, message);
    }
}

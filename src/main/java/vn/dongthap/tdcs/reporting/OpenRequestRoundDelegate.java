package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import vn.dongthap.tdcs.platform.ProcessVariable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import org.springframework.stereotype.Component;

/** Task_OpenRequestRound: a thematic or ad-hoc report requested from chosen units. */
@Component("openRequestRound")
class OpenRequestRoundDelegate implements JavaDelegate {

    private final RoundOpening opening;
    private final AppClock clock;
    private final ObjectMapper json;

    private final DeadlineWording wording;
    private final PlanRegisterQueries plan;

    OpenRequestRoundDelegate(RoundOpening opening, AppClock clock, ObjectMapper json, DeadlineWording wording,
                             PlanRegisterQueries plan) {
        this.plan = plan;
        this.wording = wording;
        this.opening = opening;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object kindValue = AdhocReportRequestModel.REPORT_KIND.raw(execution);
        RoundKind kind = RoundKind.fromFormValue(kindValue == null ? null : kindValue.toString())
                .filter(k -> k != RoundKind.HANG_NAM)
                .orElseThrow(() -> new InvalidFormInputException(AdhocReportRequestModel.REPORT_KIND.name(),
                        "\"Loại báo cáo\" phải là \"Chuyên đề\" hoặc \"Đột xuất\"."));
        ReportRound round = opening.openRequest(kind, text(execution, AdhocReportRequestModel.TOPIC),
                text(execution, AdhocReportRequestModel.BRIEF),
                unitIds(AdhocReportRequestModel.UNIT_IDS.raw(execution)),
                FormValues.optionalDate(AdhocReportRequestModel.REQUESTED_DEADLINE.name(), "Hạn nộp báo cáo",
                        AdhocReportRequestModel.REQUESTED_DEADLINE.raw(execution), clock.zone()),
                FormValues.optionalDate(AdhocReportRequestModel.DATA_CUTOFF.name(), "Ngày chốt số liệu",
                        AdhocReportRequestModel.DATA_CUTOFF.raw(execution), clock.zone()),
                Initiator.of(execution), requester(execution));
        execution.setProcessBusinessKey(round.key());
        execution.setVariables(RoundVariables.of(round, clock.zone(), wording.of(round)));
    }

    /**
     * The authority that asked: an officer of UBND tỉnh asks for UBND tỉnh, whatever the form says; a consolidator
     * records the authority whose request she enters (the branch itself, UBND tỉnh, NHNN), one of the regime's.
     */
    private RoundOpening.Requester requester(DelegateExecution execution) {
        PlanViews.Version version = plan.versionInForce(clock.today()).flatMap(plan::version).orElseThrow(() ->
                new InvalidFormInputException(AdhocReportRequestModel.REQUESTED_BY_UNIT.name(),
                        "Chưa có phiên bản kế hoạch nào có hiệu lực."));
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        if (groups.contains(UnitGroups.PROVINCE) && !groups.contains(UnitGroups.CONSOLIDATORS)) {
            return new RoundOpening.Requester(version.issuerUnit(), false);
        }
        Object chosen = AdhocReportRequestModel.REQUESTED_BY_UNIT.raw(execution);
        List<String> allowed = new ArrayList<>();
        allowed.add(version.reportingRegime().recipientUnit());
        allowed.addAll(version.reportingRegime().consolidatedTo());
        if (chosen == null || (chosen instanceof String s && s.isBlank())) {
            return new RoundOpening.Requester(version.reportingRegime().recipientUnit(), false);
        }
        if (!(chosen instanceof String id) || !allowed.contains(id)) {
            throw new InvalidFormInputException(AdhocReportRequestModel.REQUESTED_BY_UNIT.name(),
                    "\"Cơ quan yêu cầu báo cáo\" phải là một trong: " + String.join(", ", allowed.stream()
                            .map(a -> plan.unit(a).map(PlanViews.Unit::shortName).orElse(a)).toList()) + ".");
        }
        return new RoundOpening.Requester(id, false);
    }

    private static String text(DelegateExecution execution, ProcessVariable<String> variable) {
        Object value = variable.raw(execution);
        if (value != null && !(value instanceof String)) {
            throw new InvalidFormInputException(variable.name(),
                    "Giá trị của \"" + variable.name() + "\" phải là văn bản.");
        }
        return (String) value;
    }

    /** Taglist values arrive as a JSON array of unit ids. */
    private List<String> unitIds(Object value) {
        if (value == null) {
            return List.of();
        }
        String text = value instanceof JsonValue spin ? spin.getValueSerialized() : value.toString();
        try {
            JsonNode node = json.readTree(text);
            List<String> ids = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(n -> ids.add(n.asText()));
            } else if (node.isTextual()) {
                ids.add(node.asText());
            }
            return ids;
        } catch (JsonProcessingException e) {
            // a plain comma-separated list from a script
            return List.of(text.split("\\s*,\\s*"));
        }
    }
}

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
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** Task_OpenRequestRound: a thematic or ad-hoc report requested from chosen units. */
@Component("openRequestRound")
class OpenRequestRoundDelegate implements JavaDelegate {

    private final RoundOpening opening;
    private final AppClock clock;
    private final ObjectMapper json;

    private final DeadlineWording wording;

    OpenRequestRoundDelegate(RoundOpening opening, AppClock clock, ObjectMapper json, DeadlineWording wording) {
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
                Initiator.of(execution));
        execution.setProcessBusinessKey(round.key());
        execution.setVariables(RoundVariables.of(round, clock.zone(), wording.of(round)));
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

package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Task_MonitorRound, the consolidator's desk: on create it shows where every unit stands and which
 * submitted reports can be returned; on completion it refuses an action that cannot be carried out.
 */
@Component("roundMonitoring")
class RoundMonitoring implements TaskListener, ExecutionListener {

    static final String RETURN = "tra-lai";
    static final String CLOSE = "dong-ky";
    static final String REFRESH = "cap-nhat";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final UnitStates states;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final AppClock clock;

    RoundMonitoring(UnitStates states, RoundContext context, PlanRegisterQueries plan, AppClock clock) {
        this.states = states;
        this.context = context;
        this.plan = plan;
        this.clock = clock;
    }

    /** create: fresh counts and the list of returnable reports, each time the task comes back. */
    @Override
    public void notify(DelegateTask task) {
        List<UnitStates.Standing> units = states.of(context.round(task));
        Map<String, String> names = plan.units().stream().collect(Collectors.toMap(PlanViews.Unit::id, PlanViews.Unit::shortName));
        Map<UnitState, Long> counts = units.stream()
                .collect(Collectors.groupingBy(UnitStates.Standing::state, Collectors.counting()));
        long invited = units.stream().filter(s -> s.unit().invited()).count();
        StringBuilder summary = new StringBuilder("Tổng số đơn vị: " + units.size() + " (bắt buộc báo cáo: "
                + (units.size() - invited) + "; được đề nghị, không bắt buộc: " + invited + ")");
        for (UnitState state : UnitState.all()) {
            if (state.possibleWhen(true)) {
                summary.append('\n').append(state.label()).append(": ").append(counts.getOrDefault(state, 0L));
            }
        }
        ZoneId zone = clock.zone();
        var options = SpinValues.jsonValue(units.stream()
                .filter(s -> s.state().submitted())
                .map(UnitStates.Standing::unit)
                .map(u -> Map.of("value", u.unitId(), "label", names.getOrDefault(u.unitId(), u.unitId())
                        + " — nộp lúc " + TIME.format(u.lastSubmittedAt().atZone(zone))
                        + (u.late() && !u.invited() ? " (muộn)" : "")))
                .map(RoundMonitoring::toJson)
                .collect(Collectors.joining(",", "[", "]"))).create();
        ReportConsolidationModel.ROUND_SUMMARY.set(task, summary.toString());
        ReportConsolidationModel.SUBMITTED_UNITS.set(task, options);
        ReportConsolidationModel.ROUND_ACTION.set(task, null);
        ReportConsolidationModel.RETURN_UNIT.set(task, null);
        ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.set(task, null);
    }

    /** end: the chosen action must be possible now. */
    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object action = ReportConsolidationModel.ROUND_ACTION.raw(execution);
        if (CLOSE.equals(action) || REFRESH.equals(action)) {
            return;
        }
        if (!RETURN.equals(action)) {
            throw new InvalidFormInputException(ReportConsolidationModel.ROUND_ACTION.name(),
                    "\"Việc cần làm\" phải là \"Cập nhật tình hình\", "
                    + "\"Trả lại báo cáo của một đơn vị\" hoặc \"Đóng kỳ báo cáo\".");
        }
        Object unitId = ReportConsolidationModel.RETURN_UNIT.raw(execution);
        boolean returnable = unitId instanceof String id && states.of(context.round(execution), id)
                .filter(s -> s.state().submitted()).isPresent();
        if (!returnable) {
            throw new InvalidFormInputException(ReportConsolidationModel.RETURN_UNIT.name(),
                    "Chỉ trả lại được báo cáo của đơn vị đã nộp trong kỳ này.");
        }
        FormValues.text(execution, ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.name(), "Lý do trả lại", 5, 4000);
    }

    private static String toJson(Map<String, String> option) {
        return "{\"value\":" + quote(option.get("value")) + ",\"label\":" + quote(option.get("label")) + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

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

    private final ReportRounds rounds;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final AppClock clock;

    RoundMonitoring(ReportRounds rounds, RoundContext context, PlanRegisterQueries plan, AppClock clock) {
        this.rounds = rounds;
        this.context = context;
        this.plan = plan;
        this.clock = clock;
    }

    /** create: fresh counts and the list of returnable reports, each time the task comes back. */
    @Override
    public void notify(DelegateTask task) {
        List<UnitInRound> units = rounds.units(context.round(task).id());
        Map<String, String> names = plan.units().stream().collect(Collectors.toMap(PlanViews.Unit::id, PlanViews.Unit::shortName));
        Map<UnitReportStatus, Long> counts = units.stream()
                .collect(Collectors.groupingBy(UnitInRound::status, Collectors.counting()));
        long late = units.stream().filter(u -> u.status() == UnitReportStatus.DA_NOP && u.late()).count();
        String summary = "Tổng số đơn vị: " + units.size()
                + "\nĐã nộp: " + counts.getOrDefault(UnitReportStatus.DA_NOP, 0L) + " (trong đó nộp muộn: " + late + ")"
                + "\nBị trả lại, chưa nộp lại: " + counts.getOrDefault(UnitReportStatus.BI_TRA_LAI, 0L)
                + "\nChưa nộp: " + counts.getOrDefault(UnitReportStatus.DANG_SOAN, 0L);
        ZoneId zone = clock.zone();
        var options = SpinValues.jsonValue(units.stream()
                .filter(u -> u.status() == UnitReportStatus.DA_NOP)
                .map(u -> Map.of("value", u.unitId(), "label", names.getOrDefault(u.unitId(), u.unitId())
                        + " — nộp lúc " + TIME.format(u.lastSubmittedAt().atZone(zone)) + (u.late() ? " (muộn)" : "")))
                .map(RoundMonitoring::toJson)
                .collect(Collectors.joining(",", "[", "]"))).create();
        ReportConsolidationModel.ROUND_SUMMARY.set(task, summary);
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
        boolean returnable = unitId instanceof String id && rounds.unit(context.round(execution).id(), id)
                .filter(u -> u.status() == UnitReportStatus.DA_NOP).isPresent();
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

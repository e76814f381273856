package vn.dongthap.tdcs.reporting;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * What the consolidator's desk (Task_MonitorRound) shows of its round: where the units stand, which submitted
 * reports can be returned, how many units have not submitted (what closing the round confirms) and the link to
 * the round's dashboard. Computed from the round's tables when the task is created and again each time its form
 * is opened ({@link DeskRefreshFilter}), so the figures are never those of an earlier day.
 */
@Service
class RoundDesk {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final UnitStates states;
    private final ReportRounds rounds;
    private final PlanRegisterQueries plan;
    private final AppClock clock;
    private final ProcessEngineConfigurationImpl engine;

    RoundDesk(UnitStates states, ReportRounds rounds, PlanRegisterQueries plan, AppClock clock,
              @Lazy ProcessEngineConfigurationImpl engine) {
        this.states = states;
        this.rounds = rounds;
        this.plan = plan;
        this.clock = clock;
        this.engine = engine;
    }

    /** Units of the round that have no submitted report now (never submitted, or returned and not resubmitted). */
    int notSubmitted(ReportRound round) {
        return (int) states.of(round).stream().filter(s -> !s.state().submitted()).count();
    }

    /** Writes the desk's figures into the task's variables (display only: the end listener re-reads the tables). */
    void show(ReportRound round, VariableScope task) {
        List<UnitStates.Standing> units = states.of(round);
        Map<String, String> names = plan.units().stream()
                .collect(Collectors.toMap(PlanViews.Unit::id, PlanViews.Unit::shortName));
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
        summary.append("\n(số liệu lúc ").append(TIME.format(clock.nowHere())).append(')');
        long notSubmitted = units.stream().filter(s -> !s.state().submitted()).count();
        var returnable = units.stream()
                .filter(s -> s.state().submitted())
                .map(UnitStates.Standing::unit)
                .map(u -> option(u.unitId(), names.getOrDefault(u.unitId(), "(đơn vị không còn trong danh mục)")
                        + " — nộp lúc " + TIME.format(clock.here(u.lastSubmittedAt()))
                        + (u.late() && !u.invited() ? " (muộn)" : "")))
                .collect(Collectors.joining(",", "[", "]"));
        String confirmation = notSubmitted == 0
                ? "Tôi xác nhận đóng kỳ báo cáo: mọi đơn vị đã nộp."
                : "Tôi xác nhận đóng kỳ khi còn " + notSubmitted + " đơn vị chưa nộp báo cáo.";
        ReportConsolidationModel.ROUND_SUMMARY.set(task, summary.toString());
        ReportConsolidationModel.SUBMITTED_UNITS.set(task, SpinValues.jsonValue(returnable).create());
        ReportConsolidationModel.NOT_SUBMITTED_COUNT.set(task, (int) notSubmitted);
        ReportConsolidationModel.CLOSE_CONFIRMATION_OPTIONS.set(task, SpinValues.jsonValue(
                "[" + option(String.valueOf(notSubmitted), confirmation) + "]").create());
        ReportConsolidationModel.DASHBOARD_LINK.set(task, dashboardLink(round));
    }

    /** The dashboard page of the round, relative to the application (the form opens it in a new tab). */
    static String dashboardLink(ReportRound round) {
        return "/bang-theo-doi.html?round=" + round.key();
    }

    /**
     * Refreshes the desk of an open Task_MonitorRound before its form variables are read; any other task is left
     * alone. Runs as the system: the figures are the round's, and the reader's own rights are checked by the
     * request that follows.
     */
    void refresh(String taskId) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null || !ReportConsolidationModel.TASK_MONITOR_ROUND.equals(task.getTaskDefinitionKey())
                        || task.getExecution() == null) {
                    return null;
                }
                String roundKey = UnitReportKey.roundKeyOf(task.getExecution().getProcessBusinessKey());
                rounds.findByKey(roundKey).filter(r -> r.status() == RoundStatus.DANG_MO)
                        .ifPresent(round -> show(round, task));
                return null;
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }

    private static String option(String value, String label) {
        return "{\"value\":" + quote(value) + ",\"label\":" + quote(label) + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

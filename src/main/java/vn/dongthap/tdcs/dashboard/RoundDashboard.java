package vn.dongthap.tdcs.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.ReportRounds;
import vn.dongthap.tdcs.reporting.UnitInRound;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.reporting.UnitReportModel;

/** Where every unit of a round stands, read from the round's tables and the open tasks, in two queries. */
@Service
public class RoundDashboard {

    public record Row(String unitId, String unitName, String kind, String kindLabel, String status, String statusLabel,
                      Instant submittedAt, Integer daysLate, int versions, String holder, String taskId,
                      String processInstanceId) {
    }

    public record Point(LocalDate day, int submitted) {
    }

    public record View(String roundKey, String title, LocalDate deadline, String roundStatus, int total,
                       Map<String, Integer> counts, List<Row> units, List<Point> submissionsByDay) {
    }

    /** Statuses as the managers' page names them, in display order. */
    static final Map<String, String> STATUS_LABELS = new LinkedHashMap<>();

    static {
        STATUS_LABELS.put("chua-mo", "Chưa mở");
        STATUS_LABELS.put("dang-soan", "Đang soạn");
        STATUS_LABELS.put("cho-lanh-dao-duyet", "Chờ lãnh đạo duyệt");
        STATUS_LABELS.put("da-nop-dung-han", "Đã nộp đúng hạn");
        STATUS_LABELS.put("nop-muon", "Nộp muộn");
        STATUS_LABELS.put("bi-tra-lai", "Bị trả lại");
        STATUS_LABELS.put("chua-nop", "Chưa nộp");
    }

    private final ReportRounds rounds;
    private final PlanRegisterQueries register;
    private final TaskService taskService;
    private final AppClock clock;

    RoundDashboard(ReportRounds rounds, PlanRegisterQueries register, TaskService taskService, AppClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.register = register;
        this.taskService = taskService;
    }

    public View of(ReportRound round) {
        Map<String, PlanViews.Unit> units = new HashMap<>();
        register.units().forEach(u -> units.put(u.id(), u));
        Map<String, Task> openTasks = new HashMap<>();
        for (Task task : taskService.createTaskQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(round.key() + "/%").list()) {
            openTasks.put(task.getProcessInstanceId(), task);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUS_LABELS.keySet().forEach(s -> counts.put(s, 0));
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (UnitInRound unit : rounds.units(round.id())) {
            Task task = unit.processInstanceId() == null ? null : openTasks.get(unit.processInstanceId());
            String status = status(unit, task);
            counts.merge(status, 1, Integer::sum);
            Integer daysLate = null;
            if (unit.lastSubmittedAt() != null) {
                LocalDate day = clock.dateOf(unit.lastSubmittedAt());
                perDay.merge(day, 1, Integer::sum);
                if (unit.late()) {
                    daysLate = (int) ChronoUnit.DAYS.between(round.deadline(), day);
                }
            }
            PlanViews.Unit info = units.get(unit.unitId());
            rows.add(new Row(unit.unitId(), info == null ? unit.unitId() : info.shortName(),
                    info == null ? "" : info.kind(), info == null ? "" : info.kindLabel(), status,
                    STATUS_LABELS.get(status), unit.lastSubmittedAt(), daysLate, unit.versions(), holder(task, unit.unitId()),
                    task == null ? null : task.getId(), unit.processInstanceId()));
        }
        List<Point> cumulative = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            total += day.getValue();
            cumulative.add(new Point(day.getKey(), total));
        }
        return new View(round.key(), round.title(), round.deadline(), round.status().name(), rows.size(), counts, rows,
                cumulative);
    }

    private static String status(UnitInRound unit, Task task) {
        return switch (unit.status()) {
            case DA_NOP -> unit.late() ? "nop-muon" : "da-nop-dung-han";
            case KHONG_NOP -> "chua-nop";
            case BI_TRA_LAI -> "bi-tra-lai";
            case DANG_SOAN -> unit.processInstanceId() == null ? "chua-mo"
                    : task != null && UnitReportModel.TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey()) ? "cho-lanh-dao-duyet"
                    : "dang-soan";
        };
    }

    /** Who holds the task: the officer who claimed it, else the unit's group it waits on (no query per row). */
    private static String holder(Task task, String unitId) {
        if (task == null) {
            return null;
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return UnitReportModel.TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey()) ? UnitGroups.leaders(unitId)
                : UnitGroups.officers(unitId);
    }
}

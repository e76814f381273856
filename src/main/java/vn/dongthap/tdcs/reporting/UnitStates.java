package vn.dongthap.tdcs.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The one place that turns a round's facts into each unit's {@link UnitState}: the round's tables and,
 * while the round is open, the unit reports' open tasks (one query for the whole round).
 */
@Service
public class UnitStates {

    /** A unit, its state and the task it waits on (null when none). */
    public record Standing(UnitInRound unit, UnitState state, Task openTask) {
    }

    private final ReportRounds rounds;
    private final TaskService taskService;

    UnitStates(ReportRounds rounds, TaskService taskService) {
        this.rounds = rounds;
        this.taskService = taskService;
    }

    /** Every unit of the round, in register order. */
    public List<Standing> of(ReportRound round) {
        boolean open = round.status() == RoundStatus.DANG_MO;
        Map<String, Task> openTasks = new HashMap<>();
        if (open) {
            for (Task task : taskService.createTaskQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY)
                    .processInstanceBusinessKeyLike(round.key() + "/%").list()) {
                openTasks.put(task.getProcessInstanceId(), task);
            }
        }
        return rounds.units(round.id()).stream().map(unit -> {
            Task task = unit.processInstanceId() == null ? null : openTasks.get(unit.processInstanceId());
            return new Standing(unit, state(open, unit, task), task);
        }).toList();
    }

    /** One unit, without reading the whole round (reminders run once per unit). */
    public Optional<Standing> of(ReportRound round, String unitId) {
        boolean open = round.status() == RoundStatus.DANG_MO;
        return rounds.unit(round.id(), unitId).map(unit -> {
            Task task = !open || unit.processInstanceId() == null ? null : taskService.createTaskQuery()
                    .processInstanceId(unit.processInstanceId()).list().stream().findFirst().orElse(null);
            return new Standing(unit, state(open, unit, task), task);
        });
    }

    static UnitState state(boolean roundOpen, UnitInRound unit, Task openTask) {
        return UnitState.of(new UnitState.Facts(roundOpen, unit.processInstanceId() != null,
                openTask != null && UnitReportModel.TASK_APPROVE_REPORT.equals(openTask.getTaskDefinitionKey()), unit.versions(),
                unit.returned(), unit.late(), unit.invited()));
    }
}

package vn.dongthap.tdcs.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * The user tasks of one process instance as the engine's history keeps them (finished instances too, which
 * Community Edition Cockpit does not show): who held each task, when it came and when it was done, and the
 * values its form submitted. Read without the engine's authorization checks: the caller's feature has
 * already decided, with the application's own tables and AccessPolicy, that the reader may see this
 * instance (a unit's leader has no READ_HISTORY grant, yet may read their own unit's report).
 */
@Component
public class TaskTrail {

    /**
     * @param assignee who completed the task (the engine's user operation log; else who held it), null if unknown
     * @param ended    null while the task is open
     * @param deleted  the task ended without completion (e.g. the round closed, a message interrupted it)
     * @param answers  values written when the task ended, by variable name (the form's fields)
     */
    public record Step(String taskId, String elementId, String name, String assignee, Instant created, Instant ended,
                       boolean deleted, Map<String, Object> answers) {
    }

    private final HistoryService history;
    private final CommandExecutor executor;

    TaskTrail(ProcessEngine engine) {
        this.history = engine.getHistoryService();
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** The user tasks of the instances of a process with this business key (one, as keys are unique), oldest first. */
    public List<Step> ofBusinessKey(String processKey, String businessKey) {
        List<String> instances = executor.execute(context -> {
            context.disableAuthorizationCheck();
            return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(businessKey).list().stream().map(i -> i.getId()).toList();
        });
        List<Step> steps = new ArrayList<>();
        instances.forEach(id -> steps.addAll(of(id)));
        steps.sort(Comparator.comparing(Step::created).thenComparing(Step::taskId));
        return steps;
    }

    /** The instance's user tasks, oldest first; empty when the instance id is null or unknown. */
    public List<Step> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return executor.execute(context -> {
            context.disableAuthorizationCheck();
            List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(processInstanceId).list();
            List<HistoricDetail> updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                    .variableUpdates().disableBinaryFetching().list();
            // A candidate may complete a task without claiming it: the operation log names who did.
            Map<String, String> completedBy = new java.util.HashMap<>();
            history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
                    .forEach(e -> { if (e.getTaskId() != null && e.getUserId() != null) { completedBy.put(e.getTaskId(), e.getUserId()); } });
            List<Step> steps = new ArrayList<>();
            for (HistoricTaskInstance task : tasks) {
                steps.add(new Step(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                        completedBy.getOrDefault(task.getId(), task.getAssignee()),
                        instant(task.getStartTime()), instant(task.getEndTime()),
                        task.getEndTime() != null && !"completed".equals(task.getDeleteReason()),
                        answers(task, updates)));
            }
            steps.sort(Comparator.comparing(Step::created).thenComparing(Step::taskId));
            return steps;
        });
    }

    /**
     * What a completion wrote: the updates made in the task's scope (Tasklist's submit-form writes them from the
     * task), or failing that, made in the same engine operation that completed it.
     */
    private static Map<String, Object> answers(HistoricTaskInstance task, List<HistoricDetail> updates) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (task.getEndTime() == null) {
            return answers;
        }
        updates.stream()
                .filter(u -> task.getId().equals(u.getTaskId())
                        || u.getTaskId() == null && task.getActivityInstanceId() != null
                        && task.getActivityInstanceId().equals(u.getActivityInstanceId()))
                .sorted(Comparator.comparing(HistoricDetail::getTime))
                .forEach(u -> answers.put(((HistoricVariableUpdate) u).getVariableName(),
                        ((HistoricVariableUpdate) u).getValue()));
        return answers;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}

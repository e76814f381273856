package vn.dongthap.tdcs.reporting;

import java.util.Collection;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Serves {@link UnitReportFormDefaults} (the round's title, deadline and brief, the draft's plan items and asked
 * figures) to a unit report's forms when Tasklist loads them, instead of copying them into every unit report as
 * variables when the round opens: a national round has ≈ 3 400 unit reports, and those copies were ≈ 25 rows each
 * (runtime variable, history instance, history detail, JSON byte arrays) plus the Task_PrepareReport step.
 *
 * <p>Tasklist loads a Camunda Form's values through the task's form variables (FormService); this engine plugin
 * adds the defaults there for unit-report tasks, after the engine has checked that the user may read the task. A
 * variable of the same name wins: a report returned for revision shows what was submitted, and unit reports started
 * before this change carry their own copies and keep showing them. The values come from the business key, the
 * round table and the plan register, never from a variable.
 */
@Component
class UnitReportFormValues extends AbstractProcessEnginePlugin {

    private final ObjectProvider<UnitReportFormDefaults> defaults;

    UnitReportFormValues(ObjectProvider<UnitReportFormDefaults> defaults) {
        this.defaults = defaults;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFormService(new FormServiceImpl() {
            @Override
            public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserialize) {
                VariableMap variables = super.getTaskFormVariables(taskId, names, deserialize);
                String businessKey = commandExecutor.execute(commandContext -> unitReportKey(
                        commandContext.getTaskManager().findTaskById(taskId)));
                if (businessKey != null) {
                    defaults.getObject().of(businessKey).forEach((name, value) -> {
                        if ((names == null || names.contains(name)) && !variables.containsKey(name)) {
                            variables.put(name, value);
                        }
                    });
                }
                return variables;
            }
        });
    }

    /** The business key of the task's process instance if it is a unit report, else null. */
    private static String unitReportKey(TaskEntity task) {
        if (task == null || task.getProcessInstanceId() == null) {
            return null;
        }
        ExecutionEntity instance = task.getProcessInstance();
        return UnitReportModel.PROCESS_KEY.equals(instance.getProcessDefinition().getKey())
                ? instance.getBusinessKey() : null;
    }
}

package vn.dongthap.tdcs.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.junit.jupiter.api.Test;

/** Which engine commands count as writes that no person but an administrator may run. */
class CommandGuardTest {

    @Test
    void everyWriteOutsideAFormIsAnEngineWrite() {
        for (Class<?> write : List.of(SetTaskVariablesCmd.class, PatchExecutionVariablesCmd.class, CorrelateMessageCmd.class,
                SignalEventReceivedCmd.class, ModifyProcessInstanceCmd.class, MigrateProcessInstanceCmd.class,
                DeleteProcessInstanceCmd.class, SuspendProcessInstanceCmd.class, SetJobRetriesCmd.class,
                SaveTaskCmd.class, CreateTaskCmd.class, HandleTaskBpmnErrorCmd.class)) {
            assertThat(CommandGuard.isEngineWrite(write)).as(write.getSimpleName()).isTrue();
        }
    }

    @Test
    void readsTasklistAndCockpitNeedPass() {
        for (Class<?> read : List.of(TaskQueryImpl.class, GetTaskFormVariablesCmd.class, GetDeployedTaskFormCmd.class,
                ExecuteFilterListPageCmd.class, AuthorizationCheckCmd.class)) {
            assertThat(CommandGuard.isEngineWrite(read)).as(read.getSimpleName()).isFalse();
        }
        assertThat(CommandGuard.isEngineWrite(CommandGuardTest.class)).as("the application's own commands").isFalse();
    }
}

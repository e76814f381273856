package vn.dongthap.tdcs.identity.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Installs the engine's trust rules: the command guard in front of every command, candidates who may
 * work on a task but not edit it (TASK_WORK instead of the engine's default UPDATE), and no Object
 * variables of classes outside an (empty) allow-list.
 */
@Component
@EnableConfigurationProperties(InputLimits.class)
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final InputLimits limits;
    private final EngineFacts facts = new EngineFacts();

    EngineGuardPlugin(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setDeserializationTypeValidationEnabled(true);
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new CommandGuard(configuration, facts,
                new SubmittedVariables(limits.maxSubmittedCharacters()), limits.maxCommentLength()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        facts.useExecutor(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired());
    }
}

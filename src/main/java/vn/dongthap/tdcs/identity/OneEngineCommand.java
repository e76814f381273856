package vn.dongthap.tdcs.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs many IdentityService calls as one engine command. Service calls made inside a command join its command
 * context (as they do inside a delegate), so the engine flushes all their inserts at the end, as JDBC batches,
 * instead of one flush per call: thousands of groups or users of a national register cost a few round trips,
 * and the calls keep the engine's own behaviour (default authorizations, validation, password hashing).
 */
@Component
class OneEngineCommand {

    private final CommandExecutor executor;

    OneEngineCommand(ProcessEngine engine) {
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    void run(Runnable calls) {
        executor.execute(commandContext -> {
            calls.run();
            return null;
        });
    }
}

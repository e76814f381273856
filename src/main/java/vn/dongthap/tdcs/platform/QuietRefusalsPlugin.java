package vn.dongthap.tdcs.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command; refusals it knows (authorization, optimistic locking,
 * BadUserRequestException) at DEBUG, everything else as ERROR "ENGINE-16004 Exception while closing command
 * context" with the whole stack trace. A {@link Refusal} (a form the application refused, a task completed by
 * someone else) is a user's mistake, answered and logged in one line where it is answered: the command context
 * logs it at DEBUG like the engine's own refusals. Real errors stay ERROR with their stack trace.
 */
@Component
class QuietRefusalsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        // The engine hands itself only to the factory it creates, not to one that was set.
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    static class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || Refusal.in(exception).isPresent();
        }
    }
}

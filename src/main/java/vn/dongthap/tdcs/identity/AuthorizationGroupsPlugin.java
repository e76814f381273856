package vn.dongthap.tdcs.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks with the logged-in user's groups as they are. Before each command's first check,
 * the engine reads every distinct group of every authorization ({@code selectAuthorizedGroupIds}) to drop the user's
 * groups that have none: a shorter IN list for users in thousands of groups. Here a user is in one to three groups,
 * while a national round's register gives ≈ 7 000 groups with authorizations, so that read cost more than every
 * check it shortened, on each completion. A group without authorizations grants and revokes nothing, so the
 * checks' results are the same.
 */
@Component
class AuthorizationGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        // Registered under the engine's own session type: replaces its AuthorizationManager factory.
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UnfilteredGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}

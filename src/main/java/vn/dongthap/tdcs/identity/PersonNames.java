package vn.dongthap.tdcs.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The names people read instead of account and group ids ("Cán bộ Xã Tân Hồng", "Lãnh đạo – Xã Tân Hồng"): pages
 * and lists show who holds or did something, and the reader may not be allowed to read other users' accounts.
 * Read as the system; only names leave.
 */
@Service
public class PersonNames {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    PersonNames(@Lazy IdentityService identityService, @Lazy ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** User id → "first last"; a user without a name (or unknown) maps to "(người dùng không còn)" */
    public Map<String, String> users(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        asSystem(() -> {
            for (User user : identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
                String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName())).trim();
                if (!name.isEmpty()) {
                    names.put(user.getId(), name);
                }
            }
        });
        userIds.forEach(id -> names.putIfAbsent(id, "(người dùng không còn)"));
        return names;
    }

    /** Group id → its name; an unknown group maps to "(nhóm không còn)". */
    public Map<String, String> groups(Collection<String> groupIds) {
        Map<String, String> names = new HashMap<>();
        if (groupIds.isEmpty()) {
            return names;
        }
        asSystem(() -> {
            for (Group group : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
                if (group.getName() != null && !group.getName().isBlank()) {
                    names.put(group.getId(), group.getName());
                }
            }
        });
        groupIds.forEach(id -> names.putIfAbsent(id, "(nhóm không còn)"));
        return names;
    }

    public String user(String userId) {
        return users(java.util.List.of(userId)).get(userId);
    }

    private void asSystem(Runnable action) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            boolean enabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                action.run();
                return null;
            } finally {
                if (enabled) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }
}

package vn.dongthap.tdcs.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The names people read instead of account and group ids ("Cán bộ Xã Tân Hồng", "Lãnh đạo – Xã Tân Hồng"): pages,
 * lists, mails and histories show who holds or did something, and the reader may not be allowed to read other users'
 * accounts. Read as the system (after the caller's access policy decided), in one query; only names leave.
 */
@Service
public class PersonNames {

    /** What the application itself did (timers, jobs: "system" in the tables). */
    public static final String SYSTEM_NAME = "Hệ thống (tự động)";
    static final String UNKNOWN_NAME = "Người dùng không còn trong hệ thống";
    static final String NAMELESS = "Người dùng chưa khai báo họ tên";
    static final String UNKNOWN_GROUP = "Nhóm không còn trong hệ thống";
    private static final String SYSTEM = "system";

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engine;

    PersonNames(@Lazy IdentityService identityService, @Lazy ProcessEngineConfigurationImpl engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Names of the given account ids (null ids are skipped); every id given gets a name. */
    public Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        String[] ids = userIds.stream().filter(Objects::nonNull).filter(id -> !SYSTEM.equals(id)).distinct()
                .toArray(String[]::new);
        if (ids.length > 0) {
            asSystem(() -> identityService.createUserQuery().userIdIn(ids).list().forEach(u -> names.put(u.getId(), name(u))));
        }
        userIds.stream().filter(Objects::nonNull)
                .forEach(id -> names.putIfAbsent(id, SYSTEM.equals(id) ? SYSTEM_NAME : UNKNOWN_NAME));
        return names;
    }

    /** The same as {@link #of}. */
    public Map<String, String> users(Collection<String> userIds) {
        return of(userIds);
    }

    public String user(String userId) {
        return of(List.of(userId)).get(userId);
    }

    /** Group id → its name; an unknown group gets a name too. */
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
        groupIds.forEach(id -> names.putIfAbsent(id, UNKNOWN_GROUP));
        return names;
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? NAMELESS : name;
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

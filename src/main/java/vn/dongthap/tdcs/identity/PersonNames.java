package vn.dongthap.tdcs.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The names people read instead of account ids ("Cán bộ UBND xã Tân Hồng", never "canbo-xa-tan-hong").
 * Read without the engine's authorization checks: a unit's leader may not list users, yet reads who
 * returned their report.
 */
@Component
public class PersonNames {

    /** What the application itself did (timers, jobs: "system" in the tables). */
    public static final String SYSTEM_NAME = "Hệ thống (tự động)";
    static final String UNKNOWN_NAME = "Người dùng không còn trong hệ thống";
    static final String NAMELESS = "Người dùng chưa khai báo họ tên";
    private static final String SYSTEM = "system";

    private final IdentityService identity;
    private final CommandExecutor executor;

    PersonNames(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Names of the given account ids (null ids are skipped) in one query; every id given gets a name. */
    public Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        String[] ids = userIds.stream().filter(Objects::nonNull).filter(id -> !SYSTEM.equals(id)).distinct()
                .toArray(String[]::new);
        if (ids.length > 0) {
            executor.execute(context -> {
                context.disableAuthorizationCheck();
                identity.createUserQuery().userIdIn(ids).list().forEach(u -> names.put(u.getId(), name(u)));
                return null;
            });
        }
        userIds.stream().filter(Objects::nonNull)
                .forEach(id -> names.putIfAbsent(id, SYSTEM.equals(id) ? SYSTEM_NAME : UNKNOWN_NAME));
        return names;
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? NAMELESS : name;
    }
}

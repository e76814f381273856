package vn.dongthap.tdcs.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role sees, created or brought up to date at startup. Filters are
 * views only: a task shows in one only if the engine's task authorizations allow it.
 */
@Component
class TasklistFilters {

    private static final String UNIT_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;
    private final IdentityProperties properties;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants,
                    IdentityProperties properties) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
        this.properties = properties;
    }

    void synchronize() {
        int days = properties.dueSoonDays();
        String everyone = null;
        // Lowest priority first: Tasklist opens on "Việc của đơn vị".
        save(1, "Việc của đơn vị", "Công việc giao cho đơn vị của tôi, kể cả việc đồng nghiệp đã nhận.", "#1565c0", everyone,
                unitTasks());
        save(2, "Việc của tôi", "Công việc đang giao cho chính tôi.", "#2e7d32", everyone,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        save(3, "Sắp đến hạn (" + days + " ngày)", "Việc của đơn vị có hạn xử lý trong " + days + " ngày tới.", "#ef6c00",
                everyone, unitTasks().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(" + days + ")}"));
        save(4, "Quá hạn", "Việc của đơn vị đã quá hạn xử lý.", "#c62828", everyone,
                unitTasks().dueBeforeExpression("${now()}"));
        for (String group : List.of(UnitGroups.MANAGERS, UnitGroups.CONSOLIDATORS)) {
            save(10, "Tất cả việc đang mở", "Mọi công việc đang mở của các đơn vị (chỉ để theo dõi).", "#455a64", group,
                    taskService.createTaskQuery());
            save(11, "Tất cả việc quá hạn", "Mọi công việc đã quá hạn của các đơn vị (chỉ để theo dõi).", "#6a1b9a", group,
                    taskService.createTaskQuery().dueBeforeExpression("${now()}"));
        }
    }

    private TaskQuery unitTasks() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression(UNIT_GROUPS).includeAssignedTasks();
    }

    /** @param group the group allowed to read the filter, or null for everyone */
    private void save(int priority, String name, String description, String color, String group, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("priority", priority);
        props.put("description", description);
        props.put("color", color);
        props.put("refresh", true);
        props.put("variables", List.of(Map.of("name", "unitName", "label", "Đơn vị")));
        filter.setQuery(query);
        filter.setProperties(props);
        filterService.saveFilter(filter);
        if (group == null) {
            grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
        } else {
            grants.grantGroup(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}

package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/**
 * "Tạo công việc" (a standalone task outside any process) is for administrators only: no other role holds CREATE on
 * TASK, and the engine refuses them. Tasklist itself offers the link to everyone; scripts/camunda-tasklist-tidy.js
 * shows it only to those this check allows (TasklistConsolidatorBrowserIT checks the consolidator's screen).
 */
@PostgresIntegrationTest
class StandaloneTaskCreationIT {

    private static final List<String> NOT_ADMINISTRATORS = List.of(DemoUsers.officerOf("xa-tan-hong"),
            DemoUsers.leaderOf("xa-tan-hong"), DemoUsers.CONSOLIDATOR, DemoUsers.PROVINCE_OFFICER, DemoUsers.MANAGER);

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    @Test
    void onlyAdministratorsMayCreateStandaloneTasks() {
        assertThat(mayCreateTasks("admin")).as("admin").isTrue();
        for (String user : NOT_ADMINISTRATORS) {
            assertThat(mayCreateTasks(user)).as(user).isFalse();
        }
    }

    @Test
    void theEngineRefusesAStandaloneTaskToAConsolidator() {
        identityService.setAuthentication(DemoUsers.CONSOLIDATOR, groups(DemoUsers.CONSOLIDATOR));
        try {
            assertThatThrownBy(() -> {
                Task task = taskService.newTask();
                task.setName("Việc tự tạo");
                taskService.saveTask(task);
            }).isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().taskName("Việc tự tạo").count()).isZero();
    }

    private boolean mayCreateTasks(String user) {
        return authorizations.isUserAuthorized(user, groups(user), Permissions.CREATE, Resources.TASK);
    }

    private List<String> groups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}

package vn.dongthap.tdcs.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/** Task_SendDigests: one mail per digest user per day, listing their open tasks, overdue ones first. */
@Component("sendDigests")
class DailyDigest implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DigestPreference preference;
    private final Notifications notifications;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AppClock clock;

    DailyDigest(DigestPreference preference, Notifications notifications, @Lazy TaskService taskService,
                @Lazy IdentityService identityService, AppClock clock) {
        this.clock = clock;
        this.preference = preference;
        this.notifications = notifications;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date now = Date.from(clock.now());
        LocalDate today = clock.dateOf(now);
        for (String userId : preference.users()) {
            User user = WithoutAuthorization.run(() -> identityService.createUserQuery().userId(userId).singleResult());
            if (user == null) {
                continue;
            }
            List<Task> tasks = WithoutAuthorization.run(() ->
                    taskService.createTaskQuery().taskCandidateUser(userId).includeAssignedTasks().orderByDueDate().asc().list());
            if (tasks.isEmpty()) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            long overdue = 0;
            for (Task task : tasks) {
                boolean late = task.getDueDate() != null && task.getDueDate().before(now);
                overdue += late ? 1 : 0;
                lines.add((late ? "[QUÁ HẠN] " : "") + task.getName()
                        + (task.getDueDate() == null ? "" : " – hạn " + DAY.format(clock.here(task.getDueDate().toInstant())))
                        + " – " + notifications.taskLink(task.getId()));
            }
            Notifications.Recipient recipient = new Notifications.Recipient(userId,
                    ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                            + (user.getLastName() == null ? "" : user.getLastName())).trim(), user.getEmail());
            notifications.send("daily-digest", "digest:" + userId + ":" + today, recipient,
                    Map.of("day", DAY.format(today), "count", tasks.size(), "overdue", overdue, "lines", lines), null);
        }
    }
}

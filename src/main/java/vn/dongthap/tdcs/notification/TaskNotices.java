package vn.dongthap.tdcs.notification;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * A notice to each member of a task's candidate groups (and its assignee) when a user task is created:
 * what, for which round or proposal, the deadline, and a link to the task. One mail per person per task.
 */
@Component
class TaskNotices {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Notifications notifications;
    private final DigestPreference digest;
    private final TaskNaming naming;
    private final Set<String> silentTasks;
    private final AppClock clock;
    private final List<TaskSubjects> subjects;

    TaskNotices(Notifications notifications, DigestPreference digest, TaskNaming naming, NotificationProperties properties,
                AppClock clock, List<TaskSubjects> subjects) {
        this.clock = clock;
        this.naming = naming;
        this.subjects = subjects;
        this.notifications = notifications;
        this.digest = digest;
        this.silentTasks = properties.silentTasks() == null ? Set.of() : Set.copyOf(properties.silentTasks());
    }

    /** Every task event of the engine arrives here; only a new task is noticed (a Java check, see TaskNaming). */
    @EventListener
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || silentTasks.contains(task.getTaskDefinitionKey())) {
            return;
        }
        Map<String, Notifications.Recipient> recipients = new LinkedHashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
                notifications.membersOf(link.getGroupId()).forEach(r -> recipients.putIfAbsent(r.userId(), r));
            }
        }
        TaskDescriptions.Description description = naming.describe(task);
        // The notice variables are process variables: read from the execution, whose variables a task just created
        // in this transaction has in memory; the task's own store would query the database for each new task.
        VariableScope process = task.getExecution() != null ? task.getExecution() : task;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("taskName", task.getName());
        model.put("unitName", text(NoticeVariables.UNIT_NAME.raw(process), ""));
        // Groups by their names ("Cán bộ – Xã Tân Hồng"), never their ids.
        model.put("groupName", groups.isEmpty() ? "Anh/Chị" : String.join(", ", notifications.groupNames(groups)));
        model.put("subjectTitle", description != null && description.subject() != null ? description.subject()
                : subjects.stream().map(s -> s.subjectOf(task)).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> text(NoticeVariables.ROUND_TITLE.raw(process), text(NoticeVariables.PROPOSAL_KEY.raw(process),
                        text(NoticeVariables.BATCH_KEY.raw(process), "")))));
        model.put("returnReason", description == null ? null : description.returnReason());
        model.put("dueText", task.getDueDate() == null ? "không ghi hạn"
                : DUE.format(clock.here(task.getDueDate().toInstant())));
        model.put("taskLink", notifications.taskLink(task.getId()));
        Set<String> digestUsers = digest.users();
        for (Notifications.Recipient recipient : recipients.values()) {
            if (digestUsers.contains(recipient.userId())) {
                continue; // gets the morning digest instead
            }
            notifications.send("task-new", "task:" + task.getId() + ":" + recipient.userId(), recipient, model, null);
        }
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}

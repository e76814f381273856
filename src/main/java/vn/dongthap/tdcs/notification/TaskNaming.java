package vn.dongthap.tdcs.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names every new user task after what it is for, as its feature describes it ({@link TaskDescriptions}): the
 * BPMN names say what kind of work it is, the task list must also say for which unit and round. Runs before the
 * new-task mail ({@link TaskNotices}), which shows the same name.
 */
@Component
class TaskNaming {

    private final List<TaskDescriptions> features;

    TaskNaming(List<TaskDescriptions> features) {
        this.features = features;
    }

    /**
     * Every task event of the engine (create, assignment, update, complete, delete) arrives here; only a new task is
     * named. Checked in Java, not by a SpEL condition on the annotation: Spring evaluates that for every event, and
     * the evaluation cost ≈ 4 % of the processor during a round's completions.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        TaskDescriptions.Description description = describe(task);
        if (description != null && description.name() != null) {
            task.setName(description.name().length() > 250 ? description.name().substring(0, 249) + "…"
                    : description.name());
        }
    }

    TaskDescriptions.Description describe(DelegateTask task) {
        for (TaskDescriptions feature : features) {
            TaskDescriptions.Description description = feature.describe(task);
            if (description != null) {
                return description;
            }
        }
        return null;
    }
}

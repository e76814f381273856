package vn.dongthap.tdcs.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

    @EventListener(condition = "#task.eventName == 'create'")
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void onCreate(DelegateTask task) {
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

package vn.dongthap.tdcs.notification;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a new-task mail names as the task's subject (a round's title) when its process keeps no variable for it:
 * the feature that owns the process answers from its own tables. Empty for tasks it does not know.
 */
public interface TaskSubjects {

    Optional<String> subjectOf(DelegateTask task);
}

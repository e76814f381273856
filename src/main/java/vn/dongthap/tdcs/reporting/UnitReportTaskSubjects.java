package vn.dongthap.tdcs.reporting;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.TaskSubjects;

/** A unit report's tasks are mailed with the round's title, from the business key and the round table. */
@Component
class UnitReportTaskSubjects implements TaskSubjects {

    private final RoundContext context;

    UnitReportTaskSubjects(RoundContext context) {
        this.context = context;
    }

    @Override
    public Optional<String> subjectOf(DelegateTask task) {
        if (!(task.getExecution() instanceof ExecutionEntity execution) || execution.getProcessInstance() == null
                || !UnitReportModel.PROCESS_KEY.equals(execution.getProcessInstance().getProcessDefinition().getKey())) {
            return Optional.empty();
        }
        return context.roundTitle(execution.getProcessBusinessKey());
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Refuses a report draft without a usable summary (end of Task_DraftReport). */
@Component("reportDraftValidator")
class ReportDraftValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // the instance is being cancelled or deleted, not submitted
        }
        TaskInputs.text(task, "reportSummary", "Nội dung báo cáo", 10, 20_000);
    }
}

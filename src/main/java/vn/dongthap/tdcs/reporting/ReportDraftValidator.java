package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Refuses a draft that is incomplete or does not match the unit's plan items (end of Task_DraftReport), and
 * writes the figures as the leader will approve them (the approval form shows them read-only).
 */
@Component("reportDraftValidator")
class ReportDraftValidator implements ExecutionListener {

    private final UnitReportForm form;
    private final RoundContext context;

    ReportDraftValidator(UnitReportForm form, RoundContext context) {
        this.form = form;
        this.context = context;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the instance is being cancelled or deleted, not submitted
        }
        UnitReportForm.Content content = form.parse(execution, context.round(execution).planVersionId(),
                context.unitId(execution));
        execution.setVariable(UnitReportForm.FIGURE_SUMMARY, content.figureSummary());
    }
}

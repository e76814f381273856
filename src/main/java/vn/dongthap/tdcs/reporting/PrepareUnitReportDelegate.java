package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareReport: fills the draft form with the plan items of this unit, from the register. */
@Component("prepareUnitReport")
class PrepareUnitReportDelegate implements JavaDelegate {

    private final UnitReportForm form;
    private final RoundContext context;

    PrepareUnitReportDelegate(UnitReportForm form, RoundContext context) {
        this.form = form;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(form.initialVariables(context.round(execution).planVersionId(), context.unitId(execution)));
    }
}

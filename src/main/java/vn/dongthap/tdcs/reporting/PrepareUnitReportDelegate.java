package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareReport: fills the draft form with the plan items of this unit, from the register. */
@Component("prepareUnitReport")
class PrepareUnitReportDelegate implements JavaDelegate {

    private final UnitReportForm form;

    PrepareUnitReportDelegate(UnitReportForm form) {
        this.form = form;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(form.initialVariables(RoundVariables.planVersionId(execution), RoundVariables.unitId(execution)));
    }
}

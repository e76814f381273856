package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReturnUnitReport: message Msg_ReportReturned to that unit's instance, found by its business key. */
@Component("returnUnitReport")
class ReturnUnitReportDelegate implements JavaDelegate {

    private final RoundContext context;

    ReturnUnitReportDelegate(RoundContext context) {
        this.context = context;
    }

    /** The unit is the consolidator's answer, checked against this round by RoundMonitoring when the task ended. */
    @Override
    public void execute(DelegateExecution execution) {
        String unitId = ReportConsolidationModel.RETURN_UNIT.get(execution);
        String roundKey = context.round(execution).key();
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(UnitReportModel.MSG_REPORT_RETURNED)
                .processInstanceBusinessKey(new UnitReportKey(roundKey, unitId).toString())
                .setVariable(ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.name(),
                        ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.get(execution).trim())
                .correlate();
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReturnUnitReport: message Msg_ReportReturned to that unit's instance, found by its business key. */
@Component("returnUnitReport")
class ReturnUnitReportDelegate implements JavaDelegate {

    static final String MESSAGE = "Msg_ReportReturned";

    private final RoundContext context;

    ReturnUnitReportDelegate(RoundContext context) {
        this.context = context;
    }

    /** The unit is the consolidator's answer, checked against this round by RoundMonitoring when the task ended. */
    @Override
    public void execute(DelegateExecution execution) {
        String unitId = (String) execution.getVariable(RoundMonitoring.RETURN_UNIT);
        String roundKey = context.round(execution).key();
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(new UnitReportKey(roundKey, unitId).toString())
                .setVariable(RecordConsolidatorReturnDelegate.REASON,
                        ((String) execution.getVariable(RecordConsolidatorReturnDelegate.REASON)).trim())
                .correlate();
    }
}

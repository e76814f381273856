package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReturnUnitReport: message Msg_ReportReturned to that unit's instance, found by its business key. */
@Component("returnUnitReport")
class ReturnUnitReportDelegate implements JavaDelegate {

    static final String MESSAGE = "Msg_ReportReturned";

    @Override
    public void execute(DelegateExecution execution) {
        String unitId = (String) execution.getVariable(RoundMonitoring.RETURN_UNIT);
        String roundKey = (String) execution.getVariable(RoundVariables.ROUND_KEY);
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(RoundVariables.unitReportKey(roundKey, unitId))
                .setVariable(RecordConsolidatorReturnDelegate.REASON,
                        ((String) execution.getVariable(RecordConsolidatorReturnDelegate.REASON)).trim())
                .setVariable(RecordConsolidatorReturnDelegate.RETURNED_BY, Initiator.of(execution))
                .correlate();
    }
}

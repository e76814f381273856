package vn.dongthap.tdcs.reporting;

import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** report-consolidation: its variables, declared once (checked against bpmn/ by ProcessModelContractTest). */
final class ReportConsolidationModel {

    static final String PROCESS_KEY = ProcessKeys.REPORT_CONSOLIDATION;

    /** The consolidator's choice on Task_MonitorRound (gateway conditions): see RoundMonitoring. */
    static final ProcessVariable<String> ROUND_ACTION = ProcessVariable.of("roundAction", String.class);
    /** The submitted unit to return, checked against the round's table before use. */
    static final ProcessVariable<String> RETURN_UNIT = ProcessVariable.of("returnUnitId", String.class);
    /** Why the consolidator returns it; carried to the unit's instance with Msg_ReportReturned. */
    static final ProcessVariable<String> CONSOLIDATOR_RETURN_REASON =
            ProcessVariable.of("consolidatorReturnReason", String.class);
    static final ProcessVariable<String> ROUND_SUMMARY = ProcessVariable.of("roundSummary", String.class);
    /** Options of the "return a report" select (JSON). */
    static final ProcessVariable<JsonValue> SUBMITTED_UNITS = ProcessVariable.of("submittedUnits", JsonValue.class);
    static final ProcessVariable<String> WORD_URL = ProcessVariable.of("wordUrl", String.class);
    static final ProcessVariable<String> EXCEL_URL = ProcessVariable.of("excelUrl", String.class);
    static final ProcessVariable<Boolean> APPROVAL_CONFIRMED = ProcessVariable.of("approvalConfirmed", Boolean.class);
    static final ProcessVariable<String> LEADER_OPINION = ProcessVariable.of("leaderOpinion", String.class);
    static final ProcessVariable<String> DISPATCHED_TO = ProcessVariable.of("dispatchedTo", String.class);

    private ReportConsolidationModel() {
    }
}

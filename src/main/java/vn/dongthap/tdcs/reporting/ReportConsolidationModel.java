package vn.dongthap.tdcs.reporting;

import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** report-consolidation: its variables, declared once (checked against bpmn/ by ProcessModelContractTest). */
final class ReportConsolidationModel {

    static final String PROCESS_KEY = ProcessKeys.REPORT_CONSOLIDATION;
    /** The consolidator's desk: monitoring, returning reports, closing the round. */
    static final String TASK_MONITOR_ROUND = "Task_MonitorRound";
    static final String TASK_APPROVE_CONSOLIDATED = "Task_ApproveConsolidatedReport";
    static final String TASK_PREPARE_DISPATCH = "Task_PrepareDispatch";

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
    /** Units without a submitted report when the desk was last shown (display; closing re-counts). */
    static final ProcessVariable<Integer> NOT_SUBMITTED_COUNT = ProcessVariable.of("notSubmittedCount", Integer.class);
    /** The one option of the closing confirmation: its value is the number of units not submitted it confirms. */
    static final ProcessVariable<JsonValue> CLOSE_CONFIRMATION_OPTIONS =
            ProcessVariable.of("closeConfirmationOptions", JsonValue.class);
    /** The consolidator's confirmation of closing (the count she confirmed), checked against the tables. */
    static final ProcessVariable<String> CLOSE_CONFIRMATION = ProcessVariable.of("closeConfirmation", String.class);
    /** Link to the round's dashboard page, shown on the desk. */
    static final ProcessVariable<String> DASHBOARD_LINK = ProcessVariable.of("dashboardLink", String.class);
    static final ProcessVariable<String> WORD_URL = ProcessVariable.of("wordUrl", String.class);
    static final ProcessVariable<String> EXCEL_URL = ProcessVariable.of("excelUrl", String.class);
    /** The page where the consolidator uploads the signed PDF (Tasklist forms have no file picker). */
    static final ProcessVariable<String> SIGN_PAGE_URL = ProcessVariable.of("signPageUrl", String.class);
    /** Task_PrepareDispatch: số, ký hiệu and date of the signed report; checked, then kept in kehoach.dispatch_review. */
    static final ProcessVariable<String> DISPATCH_NUMBER = ProcessVariable.of("dispatchNumber", String.class);
    static final ProcessVariable<String> DISPATCH_DATE = ProcessVariable.of("dispatchDate", String.class);
    /** Why the branch leader returned the last submission, shown on the consolidator's next Task_PrepareDispatch. */
    static final ProcessVariable<String> DISPATCH_RETURN_REASON = ProcessVariable.of("dispatchReturnReason", String.class);
    /** What the leader sees on Task_ApproveConsolidatedReport (display; the table row is what is dispatched). */
    static final ProcessVariable<String> SIGNED_FILE_URL = ProcessVariable.of("signedFileUrl", String.class);
    static final ProcessVariable<String> SIGNED_FILE_NAME = ProcessVariable.of("signedFileName", String.class);
    static final ProcessVariable<String> DISPATCH_SUMMARY = ProcessVariable.of("dispatchSummary", String.class);
    /** The leader's decision (gateway condition): "duyet" or "tra-lai"; see ConsolidatedApproval. */
    static final ProcessVariable<String> DISPATCH_DECISION = ProcessVariable.of("dispatchDecision", String.class);
    static final ProcessVariable<String> LEADER_RETURN_REASON = ProcessVariable.of("leaderReturnReason", String.class);
    static final ProcessVariable<String> LEADER_OPINION = ProcessVariable.of("leaderOpinion", String.class);
    static final ProcessVariable<String> DISPATCHED_TO = ProcessVariable.of("dispatchedTo", String.class);

    private ReportConsolidationModel() {
    }
}

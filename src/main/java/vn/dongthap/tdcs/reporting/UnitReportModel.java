package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * unit-report: the BPMN ids Java names and the process's own variables, declared once (checked against
 * bpmn/unit-report.bpmn by ProcessModelContractTest). The report's fields are {@link UnitReportForm}'s; what
 * the round shows is {@link RoundVariables}. Which unit and round an instance is for comes from its business
 * key ({@link RoundContext}), never from these.
 */
public final class UnitReportModel {

    public static final String PROCESS_KEY = ProcessKeys.UNIT_REPORT;
    static final String TASK_DRAFT_REPORT = "Task_DraftReport";
    public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
    static final String MSG_REPORT_RETURNED = "Msg_ReportReturned";
    static final String MSG_ROUND_CLOSED = "Msg_RoundClosed";

    /** The leader's answer on Task_ApproveReport: "duyet" or "tra-lai" (gateway conditions). */
    static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);
    /** Why the report came back, shown on the draft form (the leader's or the consolidator's reason). */
    static final ProcessVariable<String> RETURN_REASON = ProcessVariable.of("returnReason", String.class);
    static final ProcessVariable<Boolean> SUBMITTED_LATE = ProcessVariable.of("submittedLate", Boolean.class);
    static final ProcessVariable<Integer> SUBMISSION_VERSION = ProcessVariable.of("submissionVersion", Integer.class);
    /** Whether the unit must report (III.1) or is only invited (III.3), shown on the draft and approval forms. */
    static final ProcessVariable<String> OBLIGATION_NOTE = ProcessVariable.of("obligationNote", String.class);

    private UnitReportModel() {
    }
}

package vn.dongthap.tdcs.amendment;

import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.dongthap.tdcs.notification.NoticeVariables;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * amendment-consolidation: its variables, declared once (checked against bpmn/ by ProcessModelContractTest).
 * Which batch an instance is for comes from its business key ({@link ProposalContext#batch}).
 */
final class AmendmentConsolidationModel {

    static final String PROCESS_KEY = ProcessKeys.AMENDMENT_CONSOLIDATION;

    static final ProcessVariable<String> BATCH_KEY = NoticeVariables.BATCH_KEY;
    static final ProcessVariable<String> BATCH_SUMMARY = ProcessVariable.of("batchSummary", String.class);
    static final ProcessVariable<String> SUBMISSION_URL = ProcessVariable.of("submissionUrl", String.class);
    /** One row per proposal for UBND tỉnh's decision (JSON), checked by AmendmentDecisions. */
    static final ProcessVariable<JsonValue> DECISIONS = ProcessVariable.of("decisions", JsonValue.class);
    static final ProcessVariable<String> DECISION_NUMBER = ProcessVariable.of("decisionNumber", String.class);
    static final ProcessVariable<String> DECISION_DATE = ProcessVariable.of("decisionDate", String.class);
    static final ProcessVariable<Long> NEW_PLAN_VERSION_ID = ProcessVariable.of("newPlanVersionId", Long.class);

    private AmendmentConsolidationModel() {
    }
}

package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** adhoc-report-request: the start form's answers (checked against bpmn/ by ProcessModelContractTest). */
final class AdhocReportRequestModel {

    static final String PROCESS_KEY = ProcessKeys.ADHOC_REPORT_REQUEST;

    static final ProcessVariable<String> REPORT_KIND = ProcessVariable.of("reportKind", String.class);
    static final ProcessVariable<String> TOPIC = ProcessVariable.of("topic", String.class);
    static final ProcessVariable<String> BRIEF = ProcessVariable.of("brief", String.class);
    /** Taglist answer: a JSON array of unit ids (read raw: Spin JSON or text). */
    static final ProcessVariable<Object> UNIT_IDS = ProcessVariable.of("unitIds", Object.class);
    static final ProcessVariable<String> REQUESTED_DEADLINE = ProcessVariable.of("requestedDeadline", String.class);
    static final ProcessVariable<String> DATA_CUTOFF = ProcessVariable.of("dataCutoff", String.class);
    /** Who asked: the branch, UBND tỉnh or NHNN (a unit id of the register); the result goes to it. */
    static final ProcessVariable<String> REQUESTED_BY_UNIT = ProcessVariable.of("requestedByUnit", String.class);

    private AdhocReportRequestModel() {
    }
}

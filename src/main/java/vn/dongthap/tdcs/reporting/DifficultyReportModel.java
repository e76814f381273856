package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** difficulty-report: the start form's answers (checked against bpmn/ by ProcessModelContractTest). */
final class DifficultyReportModel {

    static final String PROCESS_KEY = ProcessKeys.DIFFICULTY_REPORT;

    static final ProcessVariable<String> TOPIC = ProcessVariable.of("topic", String.class);
    static final ProcessVariable<String> BRIEF = ProcessVariable.of("brief", String.class);
    static final ProcessVariable<String> REQUESTED_DEADLINE = ProcessVariable.of("requestedDeadline", String.class);

    private DifficultyReportModel() {
    }
}

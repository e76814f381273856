package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** annual-report-cycle: the start form's answers (checked against bpmn/ by ProcessModelContractTest). */
final class AnnualReportCycleModel {

    static final String PROCESS_KEY = ProcessKeys.ANNUAL_REPORT_CYCLE;

    /** A number field: Tasklist sends a number, the REST API may send text; read raw and checked. */
    static final ProcessVariable<Number> REPORT_YEAR = ProcessVariable.of("reportYear", Number.class);
    static final ProcessVariable<String> DEADLINE_OVERRIDE = ProcessVariable.of("deadlineOverride", String.class);
    static final ProcessVariable<String> DATA_CUTOFF = ProcessVariable.of("dataCutoff", String.class);

    private AnnualReportCycleModel() {
    }
}

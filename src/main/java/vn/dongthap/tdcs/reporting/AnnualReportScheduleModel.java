package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** annual-report-schedule: its variable (checked against bpmn/ by ProcessModelContractTest). */
final class AnnualReportScheduleModel {

    static final String PROCESS_KEY = ProcessKeys.ANNUAL_REPORT_SCHEDULE;

    /** Whether the timer opens this year's round now: a working day, nobody opened it yet (gateway condition). */
    static final ProcessVariable<Boolean> ROUND_OPENS_TODAY = ProcessVariable.of("roundOpensToday", Boolean.class);

    private AnnualReportScheduleModel() {
    }
}

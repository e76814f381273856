package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** annual-report-schedule: its variable (checked against bpmn/ by ProcessModelContractTest). */
final class AnnualReportScheduleModel {

    static final String PROCESS_KEY = ProcessKeys.ANNUAL_REPORT_SCHEDULE;

    /** Whether someone already opened this year's round (gateway condition). */
    static final ProcessVariable<Boolean> ANNUAL_ROUND_OPENED = ProcessVariable.of("annualRoundOpened", Boolean.class);

    private AnnualReportScheduleModel() {
    }
}

package vn.dongthap.tdcs.reporting;

import org.springframework.stereotype.Component;

/** Read by the timer start event of annual-report-cycle: ${reportingSchedule.annualStartCron}. */
@Component("reportingSchedule")
public class ReportingSchedule {

    private final ReportingProperties properties;

    ReportingSchedule(ReportingProperties properties) {
        this.properties = properties;
    }

    public String getAnnualStartCron() {
        return properties.annualStartCron();
    }
}

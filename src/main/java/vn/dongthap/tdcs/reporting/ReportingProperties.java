package vn.dongthap.tdcs.reporting;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param annualStartCron   when the yearly timer opens the annual round (cron, read in app.time-zone)
 * @param annualDataCutoff  data cut-off day of the annual round, MM-dd (e.g. 09-30)
 * @param attachmentMaxBytes largest signed report file a unit may attach
 */
@ConfigurationProperties("app.reporting")
public record ReportingProperties(String annualStartCron, String annualDataCutoff,
                                  long attachmentMaxBytes) {

    public MonthDay annualDataCutoffDay() {
        return MonthDay.parse(annualDataCutoff, DateTimeFormatter.ofPattern("MM-dd"));
    }
}

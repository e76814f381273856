package vn.dongthap.tdcs.reporting;

import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param annualStartCron   when the yearly timer opens the annual round (Quartz cron, server time zone)
 * @param annualDataCutoff  data cut-off day of the annual round, MM-dd (e.g. 09-30)
 * @param timeZone          time zone of deadlines and submission times
 * @param attachmentMaxBytes largest signed report file a unit may attach
 */
@ConfigurationProperties("app.reporting")
public record ReportingProperties(String annualStartCron, String annualDataCutoff, String timeZone,
                                  long attachmentMaxBytes) {

    public MonthDay annualDataCutoffDay() {
        return MonthDay.parse(annualDataCutoff, DateTimeFormatter.ofPattern("MM-dd"));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}

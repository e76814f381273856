package vn.dongthap.tdcs.reporting;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param annualStartCron   when the yearly timer opens the annual round (Quartz cron, server time zone)
 * @param annualDataCutoff  data cut-off day of the annual round, MM-dd (e.g. 09-30)
 * @param budgetEntrustedItems plan items (STT) whose lead units report the local budget capital entrusted to NHCSXH
 * @param poorFundItems     plan items (STT) whose lead units report contributions to Quỹ "Vì người nghèo"
 * @param attachmentMaxBytes largest signed report file a unit may attach
 */
@ConfigurationProperties("app.reporting")
public record ReportingProperties(String annualStartCron, String annualDataCutoff,
                                  java.util.List<String> budgetEntrustedItems, java.util.List<String> poorFundItems,
                                  long attachmentMaxBytes) {

    public MonthDay annualDataCutoffDay() {
        return MonthDay.parse(annualDataCutoff, DateTimeFormatter.ofPattern("MM-dd"));
    }
}

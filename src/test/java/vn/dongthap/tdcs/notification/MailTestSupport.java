package vn.dongthap.tdcs.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What the mail tests share: the job executor is off in tests, so they run deliveries themselves. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    /** Deliveries queued by other test classes are not this test's mails. */
    static void dropPendingDeliveries(ManagementService managementService) {
        managementService.createJobQuery().processDefinitionKey(NotificationDeliveryModel.PROCESS_KEY).list()
                .forEach(job -> managementService.deleteJob(job.getId()));
    }

    /** Runs every delivery that has retries left, including retries scheduled for later (no waiting 5 minutes). */
    static void deliverAll(ManagementService managementService) {
        managementService.createJobQuery().processDefinitionKey(NotificationDeliveryModel.PROCESS_KEY).withRetriesLeft().list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** Sets the engine clock to the given hour in Vietnam. */
    static void clock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0,
                ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }
}

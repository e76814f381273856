package vn.dongthap.tdcs.notification;

import org.springframework.stereotype.Component;

/** The daily-digest timer's cron, read by the BPMN as ${digestSchedule.cron} (public for the EL). */
@Component("digestSchedule")
public class DigestSchedule {

    private final NotificationProperties properties;

    DigestSchedule(NotificationProperties properties) {
        this.properties = properties;
    }

    public String getCron() {
        return properties.digestCron();
    }
}

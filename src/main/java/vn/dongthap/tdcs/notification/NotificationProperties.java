package vn.dongthap.tdcs.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from          sender address of every mail
 * @param publicBaseUrl where officers reach the system, for links in mails (no trailing slash)
 * @param templates     folder of the mail templates (classpath: or file:), one set per kind
 * @param silentTasks   user task ids (BPMN) that get no new-task mail
 * @param digestUsers   users who get one daily digest instead of a mail per new task
 * @param digestGroups  the same for every member of these groups
 * @param digestCron    when the daily digest goes out (Quartz cron, server time)
 */
@ConfigurationProperties("app.notification")
public record NotificationProperties(String from, String publicBaseUrl, String templates,
                                     java.util.List<String> silentTasks, java.util.List<String> digestUsers,
                                     java.util.List<String> digestGroups, String digestCron) {

    public java.util.List<String> digestUsers() {
        return digestUsers == null ? java.util.List.of() : digestUsers;
    }

    public java.util.List<String> digestGroups() {
        return digestGroups == null ? java.util.List.of() : digestGroups;
    }
}

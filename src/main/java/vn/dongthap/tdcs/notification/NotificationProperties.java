package vn.dongthap.tdcs.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address of every mail
 * @param publicBaseUrl where officers reach the system, for links in mails (no trailing slash)
 * @param templates     folder of the mail templates (classpath: or file:), one set per kind
 * @param silentTasks   user task ids (BPMN) that get no new-task mail
 * @param digestUsers   users who get one daily digest instead of a mail per new task
 * @param digestGroups  the same for every member of these groups
 * @param digestCron    when the daily digest goes out (Quartz cron, server time)
 * @param templateCache how long a parsed mail template is reused before its file is read again (an edited
 *                      template applies to mails queued after that); parsing each mail anew cost a fifth of a round
 *                      opening
 */
@ConfigurationProperties("app.notification")
public record NotificationProperties(String from, String publicBaseUrl, String templates,
                                     java.util.List<String> silentTasks, java.util.List<String> digestUsers,
                                     java.util.List<String> digestGroups, String digestCron,
                                     @DefaultValue("1m") Duration templateCache) {

    public java.util.List<String> digestUsers() {
        return digestUsers == null ? java.util.List.of() : digestUsers;
    }

    public java.util.List<String> digestGroups() {
        return digestGroups == null ? java.util.List.of() : digestGroups;
    }
}

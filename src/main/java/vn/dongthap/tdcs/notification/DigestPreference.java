package vn.dongthap.tdcs.notification;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who has chosen the daily digest: listed users, and members of listed groups. */
@Component
class DigestPreference {

    private final NotificationProperties properties;
    private final Notifications notifications;

    DigestPreference(NotificationProperties properties, Notifications notifications) {
        this.properties = properties;
        this.notifications = notifications;
    }

    Set<String> users() {
        Set<String> users = new HashSet<>(properties.digestUsers());
        for (String group : properties.digestGroups()) {
            notifications.membersOf(group).forEach(r -> users.add(r.userId()));
        }
        return users;
    }
}

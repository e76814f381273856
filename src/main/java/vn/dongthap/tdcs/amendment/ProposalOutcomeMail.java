package vn.dongthap.tdcs.amendment;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.notification.Notifications;

/** Tells the proposing unit's officers how their proposal ended (declined by the branch, or decided). */
@Component
class ProposalOutcomeMail {

    private final Notifications notifications;

    ProposalOutcomeMail(Notifications notifications) {
        this.notifications = notifications;
    }

    void tell(String unitId, String proposalKey, String outcome) {
        for (Notifications.Recipient officer : notifications.membersOf(UnitGroups.officers(unitId))) {
            notifications.send("proposal-outcome", "proposal:" + proposalKey + ":" + officer.userId(), officer,
                    Map.of("proposalKey", proposalKey, "outcomeText", outcome), null);
        }
    }
}

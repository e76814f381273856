package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.UnitGroups;

/**
 * An opening chunk reads the recipients of its units' notices in one query (the engine's user query takes one
 * group at a time); what it reads must be what the engine's query gives, group by group.
 */
@PostgresIntegrationTest
class NoticeRecipientsIT {

    private static final List<String> GROUPS = List.of(UnitGroups.officers("xa-tan-hong"),
            UnitGroups.leaders("xa-tan-hong"), UnitGroups.officers("so-tai-chinh"), "nhom-khong-co");

    @Autowired
    Notifications notifications;
    @Autowired
    IdentityService identity;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aChunksPreloadGivesTheEnginesMembersAndNames() {
        Map<String, List<Notifications.Recipient>> oneByOne = new TreeMap<>();
        GROUPS.forEach(group -> oneByOne.put(group, notifications.membersOf(group)));
        List<String> namesOneByOne = notifications.groupNames(GROUPS);
        assertThat(oneByOne.get(GROUPS.get(0))).as("officers of Xã Tân Hồng (demo users)").isNotEmpty();
        assertThat(oneByOne.get("nhom-khong-co")).isEmpty();

        Map<String, List<Notifications.Recipient>> preloaded = new TreeMap<>();
        List<String> names = transaction.execute(status -> {
            notifications.preloadGroups(GROUPS);
            // A member added in the database after the preload is not seen in this transaction: the preload answered.
            identity.createMembership("tonghop", GROUPS.get(0));
            GROUPS.forEach(group -> preloaded.put(group, notifications.membersOf(group)));
            List<String> read = notifications.groupNames(GROUPS);
            status.setRollbackOnly();
            return read;
        });
        assertThat(preloaded).isEqualTo(oneByOne);
        assertThat(names).isEqualTo(namesOneByOne).contains("nhóm xử lý").doesNotContain("xa-tan-hong.can-bo");
    }
}

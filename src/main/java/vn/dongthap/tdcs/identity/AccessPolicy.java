package vn.dongthap.tdcs.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * Who may read what through the application's own API (/api). The one place that knows which roles watch
 * rounds, outbox and proposals; controllers ask it and only phrase the refusal. A missing user is refused.
 * <p>
 * Watchers of rounds: consolidators, managers, UBND tỉnh, the leaders of the consolidating unit (the plan's
 * reporting recipient, Chi nhánh NHCSXH tỉnh) and Camunda administrators. A unit's officers and leaders see
 * what concerns their own unit only.
 */
@Component
public class AccessPolicy {

    private static final List<String> PROPOSAL_READERS = List.of(UnitGroups.CONSOLIDATORS, UnitGroups.PROVINCE,
            UnitGroups.MANAGERS, Groups.CAMUNDA_ADMIN);
    private static final List<String> OUTBOX_READERS = List.of(Groups.CAMUNDA_ADMIN, UnitGroups.MANAGERS);
    private static final List<String> ROUND_WATCHER_ROLES = List.of(UnitGroups.CONSOLIDATORS, UnitGroups.MANAGERS,
            UnitGroups.PROVINCE, Groups.CAMUNDA_ADMIN);

    private static final List<String> COCKPIT_READERS = List.of(UnitGroups.MANAGERS, UnitGroups.CONSOLIDATORS,
            Groups.CAMUNDA_ADMIN);

    private final Supplier<String> consolidatingUnit;

    @Autowired
    AccessPolicy(PlanRegisterQueries register) {
        this(() -> register.consolidatingUnitId()
                .orElseThrow(() -> new IllegalStateException("Kế hoạch chưa có đơn vị nhận báo cáo (recipientUnit).")));
    }

    /** @param consolidatingUnit the id of the unit whose leaders watch every round */
    AccessPolicy(Supplier<String> consolidatingUnit) {
        this.consolidatingUnit = consolidatingUnit;
    }

    /** The whole dashboard of a round: every unit's row, the submissions chart and the CSV. */
    public boolean maySeeEveryUnit(CurrentUser user) {
        return user != null && (isMemberOfAny(user, ROUND_WATCHER_ROLES)
                || user.isMemberOf(UnitGroups.leaders(consolidatingUnit.get())));
    }

    /** One unit's row of a round's dashboard: the watchers, and the unit's own leaders. */
    public boolean maySeeUnitRow(CurrentUser user, String unitId) {
        return maySeeEveryUnit(user) || user != null && user.isMemberOf(UnitGroups.leaders(unitId));
    }

    /** The list of rounds, a round's units and its consolidated Word/Excel documents. */
    public boolean maySeeRoundDocuments(CurrentUser user) {
        return maySeeEveryUnit(user);
    }

    /**
     * Cockpit, and every task in Tasklist read-only: the roles granted to read everything (IdentitySynchronizer)
     * and administrators. The dashboard links others to neither.
     */
    public boolean mayOpenCockpit(CurrentUser user) {
        return user != null && isMemberOfAny(user, COCKPIT_READERS);
    }

    /** Uploading the signed consolidated report of a round: the branch's consolidators only. */
    public boolean mayPrepareDispatch(CurrentUser user) {
        return user != null && user.isMemberOf(UnitGroups.CONSOLIDATORS);
    }

    /** Attaching a signed report file: the unit's own officers and leaders only. */
    public boolean mayAttachFor(CurrentUser user, String unitId) {
        return isOfUnit(user, unitId);
    }

    /** The unit's saved, unfinished report ("Lưu" on the draft form): the unit's own officers only. */
    public boolean mayDraftFor(CurrentUser user, String unitId) {
        return user != null && user.isMemberOf(UnitGroups.officers(unitId));
    }

    /** A unit's signed report files: the unit itself and the watchers of rounds. */
    public boolean maySeeAttachments(CurrentUser user, String unitId) {
        return isOfUnit(user, unitId) || maySeeEveryUnit(user);
    }

    /** The mail outbox (addresses of every user): administrators and managers. */
    public boolean maySeeOutbox(CurrentUser user) {
        return user != null && isMemberOfAny(user, OUTBOX_READERS);
    }

    /** Moving running process instances to a newer model version: administrators. */
    public boolean mayMigrateProcesses(CurrentUser user) {
        return user != null && user.isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    /** The Prometheus metrics (/actuator/prometheus): administrators and managers (a scraping account in quan-ly). */
    public boolean maySeeMetrics(CurrentUser user) {
        return user != null && isMemberOfAny(user, OUTBOX_READERS);
    }

    /** Putting mails whose every delivery attempt failed back in the queue: administrators. */
    public boolean mayResendMails(CurrentUser user) {
        return user != null && user.isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    /** Every amendment proposal and the tờ trình of a batch: the branch's consolidators, UBND tỉnh, managers. */
    public boolean maySeeProposals(CurrentUser user) {
        return user != null && isMemberOfAny(user, PROPOSAL_READERS);
    }

    /** One proposal: the readers of every proposal, and the proposing unit itself. */
    public boolean maySeeProposal(CurrentUser user, String proposingUnitId) {
        return isOfUnit(user, proposingUnitId) || maySeeProposals(user);
    }

    private static boolean isOfUnit(CurrentUser user, String unitId) {
        return user != null && (user.isMemberOf(UnitGroups.officers(unitId)) || user.isMemberOf(UnitGroups.leaders(unitId)));
    }

    private static boolean isMemberOfAny(CurrentUser user, List<String> groups) {
        return groups.stream().anyMatch(user::isMemberOf);
    }
}

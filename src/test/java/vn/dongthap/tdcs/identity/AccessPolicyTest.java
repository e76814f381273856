package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dongthap.tdcs.platform.CurrentUser;

/** Who may read what, role by role, for the unit xa-tan-hong of a round. */
class AccessPolicyTest {

    private static final String UNIT = "xa-tan-hong";
    private static final String BRANCH = "chi-nhanh-thu";

    private final AccessPolicy policy = new AccessPolicy(() -> BRANCH);

    private static final Map<String, CurrentUser> USERS = Map.of(
            "admin", user("camunda-admin"),
            "manager", user(UnitGroups.MANAGERS),
            "consolidator", user(UnitGroups.CONSOLIDATORS, UnitGroups.officers(BRANCH)),
            "province", user(UnitGroups.PROVINCE),
            "branchLeader", user(UnitGroups.leaders(BRANCH)),
            "branchOfficer", user(UnitGroups.officers(BRANCH)),
            "unitLeader", user(UnitGroups.leaders(UNIT)),
            "unitOfficer", user(UnitGroups.officers(UNIT)),
            "otherLeader", user(UnitGroups.leaders("xa-my-tho")),
            "nobody", user());

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # role,        every unit, unit row, documents, attach, attachments, outbox, proposals, own proposal, cockpit
            admin,         true,       true,     true,      false,  true,        true,   true,      true,         true
            manager,       true,       true,     true,      false,  true,        true,   true,      true,         true
            consolidator,  true,       true,     true,      false,  true,        false,  true,      true,         true
            province,      true,       true,     true,      false,  true,        false,  true,      true,         false
            branchLeader,  true,       true,     true,      false,  true,        false,  false,     false,        false
            branchOfficer, false,      false,    false,     false,  false,       false,  false,     false,        false
            unitLeader,    false,      true,     false,     true,   true,        false,  false,     true,         false
            unitOfficer,   false,      false,    false,     true,   true,        false,  false,     true,         false
            otherLeader,   false,      false,    false,     false,  false,       false,  false,     false,        false
            nobody,        false,      false,    false,     false,  false,       false,  false,     false,        false
            """)
    void answersEachQuestionByRole(String role, boolean everyUnit, boolean unitRow, boolean documents, boolean attach,
                                   boolean attachments, boolean outbox, boolean proposals, boolean ownProposal,
                                   boolean cockpit) {
        CurrentUser user = USERS.get(role);
        assertThat(List.of(policy.maySeeEveryUnit(user), policy.maySeeUnitRow(user, UNIT), policy.maySeeRoundDocuments(user),
                policy.mayAttachFor(user, UNIT), policy.maySeeAttachments(user, UNIT), policy.maySeeOutbox(user),
                policy.maySeeProposals(user), policy.maySeeProposal(user, UNIT), policy.mayOpenCockpit(user)))
                .containsExactly(everyUnit, unitRow, documents, attach, attachments, outbox, proposals, ownProposal, cockpit);
    }

    @Test
    void noUserIsRefusedEverything() {
        assertThat(List.of(policy.maySeeEveryUnit(null), policy.maySeeUnitRow(null, UNIT), policy.maySeeRoundDocuments(null),
                policy.mayAttachFor(null, UNIT), policy.maySeeAttachments(null, UNIT), policy.maySeeOutbox(null),
                policy.maySeeProposals(null), policy.maySeeProposal(null, UNIT), policy.mayOpenCockpit(null))).containsOnly(false);
    }

    @Test
    void theWatchingLeadersAreThoseOfTheConsolidatingUnitTheRegisterNames() {
        CurrentUser leaderOfUsualBranch = user(UnitGroups.leaders("nhcsxh-tinh"));
        assertThat(policy.maySeeEveryUnit(leaderOfUsualBranch)).isFalse();
        assertThat(new AccessPolicy(() -> "nhcsxh-tinh").maySeeEveryUnit(leaderOfUsualBranch)).isTrue();
    }

    private static CurrentUser user(String... groups) {
        return new CurrentUser("someone", List.of(groups));
    }
}

package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews.Unit;

@PostgresIntegrationTest
class IdentitySynchronizerIT {

    @Autowired
    IdentitySynchronizer synchronizer;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    PlanRegisterQueries register;

    @Test
    void everyUnitHasAnOfficersAndALeadersGroup() {
        List<Unit> units = register.units();
        assertThat(units).hasSize(124);
        for (Unit unit : units) {
            Group officers = identityService.createGroupQuery().groupId(UnitGroups.officers(unit.id())).singleResult();
            assertThat(officers).as(unit.id()).isNotNull();
            assertThat(officers.getName()).isEqualTo("Cán bộ – " + unit.shortName());
            assertThat(identityService.createGroupQuery().groupId(UnitGroups.leaders(unit.id())).count()).isEqualTo(1);
        }
        assertThat(identityService.createGroupQuery().groupIdIn(UnitGroups.CONSOLIDATORS, UnitGroups.PROVINCE,
                UnitGroups.MANAGERS).count()).isEqualTo(3);
    }

    @Test
    void demoUsersBelongToTheirUnit() {
        assertThat(identityService.createUserQuery().memberOfGroup(UnitGroups.officers("xa-tan-hong")).list())
                .extracting(u -> u.getId()).containsExactly(DemoUsers.officerOf("xa-tan-hong"));
        assertThat(identityService.createUserQuery().memberOfGroup(UnitGroups.leaders("phuong-my-tho")).list())
                .extracting(u -> u.getId()).containsExactly(DemoUsers.leaderOf("phuong-my-tho"));
        assertThat(identityService.createUserQuery().memberOfGroup(UnitGroups.CONSOLIDATORS).list())
                .extracting(u -> u.getId()).contains(DemoUsers.CONSOLIDATOR);
    }

    @Test
    void tasklistFiltersHaveVietnameseNames() {
        assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
                .contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn (3 ngày)", "Quá hạn",
                        "Tất cả việc đang mở", "Tất cả việc quá hạn");
    }

    @Test
    void camundasAdministratorsGroupIsNamedInVietnamese() {
        Group administrators = identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
        administrators.setName("camunda BPM Administrators");
        identityService.saveGroup(administrators);

        synchronizer.synchronize();

        Group renamed = identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
        assertThat(renamed.getName()).isEqualTo("Quản trị hệ thống");
        assertThat(renamed.getType()).isEqualTo(Groups.GROUP_TYPE_SYSTEM);
    }

    @Test
    void aSecondSynchronizationChangesNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long groups = identityService.createGroupQuery().count();
        long filters = filterService.createFilterQuery().count();

        synchronizer.synchronize();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void grantsOfEarlierVersionsThatNoWorkNeedsAreWithdrawn() {
        grant(UnitGroups.CONSOLIDATORS, Resources.PROCESS_DEFINITION, "unit-report", ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grant(UnitGroups.PROVINCE, Resources.PROCESS_DEFINITION, "amendment-request", ProcessDefinitionPermissions.UPDATE_INSTANCE);
        Authorization oldTaskGrant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        oldTaskGrant.setGroupId(UnitGroups.officers("xa-tan-hong"));
        oldTaskGrant.setResource(Resources.TASK);
        oldTaskGrant.setResourceId("task-from-an-earlier-version");
        oldTaskGrant.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(oldTaskGrant);

        synchronizer.synchronize();

        assertThat(isGranted(UnitGroups.CONSOLIDATORS, "unit-report", ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
        assertThat(isGranted(UnitGroups.PROVINCE, "amendment-request", ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
        Authorization narrowed = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId("task-from-an-earlier-version").singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        authorizationService.deleteAuthorization(narrowed.getId());
    }

    private void grant(String groupId, Resources resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }

    private boolean isGranted(String groupId, String definitionKey, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(definitionKey).singleResult();
        return authorization != null && authorization.isPermissionGranted(permission);
    }
}

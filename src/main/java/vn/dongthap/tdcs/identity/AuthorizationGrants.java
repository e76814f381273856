package vn.dongthap.tdcs.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Idempotent grants: an existing authorization gains missing permissions, none is duplicated. */
@Component
class AuthorizationGrants {

    static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizations;

    AuthorizationGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
        }
        save(authorization, resource, resourceId, permissions);
    }

    /** A global authorization applies to every user, present and future. */
    void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        if (existing == null) {
            authorization.setUserId(ANY);
        }
        save(authorization, resource, resourceId, permissions);
    }

    /** Removes permissions from a group's grant (a grant left with none grants nothing). */
    void revokeGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (existing.isPermissionGranted(permission)) {
                existing.removePermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(existing);
        }
    }

    /**
     * Tasks created before candidates got TASK_WORK still grant UPDATE, which lets a candidate write any
     * variable and edit the task; from now on they grant TASK_WORK like new tasks.
     */
    int narrowTaskGrantsToWork() {
        int narrowed = 0;
        for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
            if (ANY.equals(grant.getResourceId())) {
                continue;
            }
            grant.removePermission(Permissions.UPDATE);
            grant.addPermission(Permissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
            narrowed++;
        }
        return narrowed;
    }

    private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
        boolean changed = authorization.getId() == null;
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}

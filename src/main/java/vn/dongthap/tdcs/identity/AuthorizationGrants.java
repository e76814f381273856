package vn.dongthap.tdcs.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
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

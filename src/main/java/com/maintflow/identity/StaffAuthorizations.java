package com.maintflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants a group permissions on a resource once: an existing grant is widened, never duplicated, so
 * start-up can run again and again (and an admin's extra grants stay).
 */
@Component
class StaffAuthorizations {

    private final AuthorizationService authorizations;

    StaffAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst();
        var authorization = existing.orElseGet(() -> {
            var created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            created.setGroupId(groupId);
            created.setResource(resource);
            created.setResourceId(resourceId);
            return created;
        });
        boolean missing = Arrays.stream(permissions).anyMatch(p -> !authorization.isPermissionGranted(p));
        if (missing) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
        }
    }
}

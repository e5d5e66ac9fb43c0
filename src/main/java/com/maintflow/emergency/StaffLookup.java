package com.maintflow.emergency;

import com.maintflow.identity.StaffGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Staff lookups: whether a user id names a maintenance engineer, and who is in a group. */
@Component
class StaffLookup {

    private final IdentityService identity;

    StaffLookup(IdentityService identity) {
        this.identity = identity;
    }

    /** The user ids of a group's members. */
    List<String> membersOf(String groupId) {
        var query = identity.createUserQuery().memberOfGroup(groupId);
        var commandContext = Context.getCommandContext();
        List<User> members = commandContext == null ? query.list() : commandContext.runWithoutAuthorization(query::list);
        return members.stream().map(User::getId).toList();
    }

    boolean isEngineer(String userId) {
        var query = identity.createUserQuery().userId(userId).memberOfGroup(StaffGroup.MAINTENANCE_ENGINEERS.id());
        var commandContext = Context.getCommandContext();
        // Whoever completes the task may not be allowed to read users; the check must not depend on it.
        long count = commandContext == null ? query.count() : commandContext.runWithoutAuthorization(query::count);
        return count > 0;
    }
}

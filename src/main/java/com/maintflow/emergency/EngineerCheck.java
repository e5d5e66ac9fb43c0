package com.maintflow.emergency;

import com.maintflow.identity.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Whether a user id names a maintenance engineer (the dispatch and the senior engineer must be one). */
@Component
class EngineerCheck {

    private final IdentityService identity;

    EngineerCheck(IdentityService identity) {
        this.identity = identity;
    }

    boolean isEngineer(String userId) {
        var query = identity.createUserQuery().userId(userId).memberOfGroup(StaffGroup.MAINTENANCE_ENGINEERS.id());
        var commandContext = Context.getCommandContext();
        // Whoever completes the task may not be allowed to read users; the check must not depend on it.
        long count = commandContext == null ? query.count() : commandContext.runWithoutAuthorization(query::count);
        return count > 0;
    }
}

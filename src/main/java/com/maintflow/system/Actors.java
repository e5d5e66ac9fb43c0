package com.maintflow.system;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting and when, as records should state it. Time comes from the engine's clock so tests
 * that move {@link ClockUtil} see consistent timestamps in records and in Camunda history.
 */
@Component
public class Actors {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The user completing the task: its assignee, else the authenticated user, else "system". */
    public String of(DelegateTask task) {
        return Optional.ofNullable(task.getAssignee()).orElseGet(this::current);
    }

    /** The authenticated user of the engine call or HTTP request, else "system". */
    public String current() {
        var engineAuth = identityService.getCurrentAuthentication();
        if (engineAuth != null && engineAuth.getUserId() != null) {
            return engineAuth.getUserId();
        }
        var springAuth = SecurityContextHolder.getContext().getAuthentication();
        if (springAuth != null && springAuth.isAuthenticated() && !"anonymousUser".equals(springAuth.getName())) {
            return springAuth.getName();
        }
        return SYSTEM;
    }
}

package com.maintflow.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting and when, as records should state it. Time comes from the application's {@link Clock}
 * ({@link EngineClock}), so tests that move the engine clock see consistent timestamps in records and in Camunda
 * history.
 */
@Component
public class Actors {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;
    private final Clock clock;

    Actors(IdentityService identityService, Clock clock) {
        this.identityService = identityService;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
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

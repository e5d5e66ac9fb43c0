package com.maintflow.sla;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Moves the BPMN escalation timers of a ticket when a deadline moves (re-classification): Camunda evaluates a
 * timer's date once, on entering the task, so a later change must reach the job itself (DESIGN.md). The timers
 * sit on the clock's late step ({@link EscalatedStep}).
 */
@Component
class EscalationTimers {

    static final String WARNING = EscalatedStep.RESOLUTION.warningTimer();
    static final String BREACHED = EscalatedStep.RESOLUTION.breachedTimer();
    static final String PLAN_BREACHED = EscalatedStep.PLAN.breachedTimer();

    private final RuntimeService runtime;
    private final ManagementService management;

    EscalationTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * Sets the ticket's open escalation timers of {@code clock} (RESOLUTION or PLAN) to the given instants; a ticket
     * without them is left alone.
     */
    void reschedule(String ticket, ClockKind clock, Optional<Instant> warningAt, Optional<Instant> dueAt,
                    Optional<Instant> managementAt) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).singleResult();
        if (instance == null) {
            return;
        }
        EscalatedStep step = EscalatedStep.of(clock);
        var dates = Map.of(step.warningTimer(), warningAt, step.breachedTimer(), dueAt,
                step.managementTimer(), managementAt);
        dates.forEach((activityId, date) -> {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .timers().list()) {
                // Same job, new date: recreating it would lose its id, retries and history.
                management.setJobDuedate(job.getId(), Date.from(date.orElse(SlaDeadlines.NEVER)));
            }
        });
    }
}

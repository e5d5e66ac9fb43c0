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
 * timer's date once, on entering the task, so a later change must reach the job itself (DESIGN.md). The resolution
 * timers sit on 维护实施 / Implement maintenance, the plan timers on 编制维护方案 / Prepare maintenance plan.
 */
@Component
class EscalationTimers {

    static final String WARNING = "BoundaryEvent_ResolutionWarning";
    static final String BREACHED = "BoundaryEvent_ResolutionBreached";
    static final String MANAGEMENT = "BoundaryEvent_ResolutionManagement";
    static final String PLAN_WARNING = "BoundaryEvent_PlanWarning";
    static final String PLAN_BREACHED = "BoundaryEvent_PlanBreached";
    static final String PLAN_MANAGEMENT = "BoundaryEvent_PlanManagement";

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
        var dates = clock == ClockKind.PLAN
                ? Map.of(PLAN_WARNING, warningAt, PLAN_BREACHED, dueAt, PLAN_MANAGEMENT, managementAt)
                : Map.of(WARNING, warningAt, BREACHED, dueAt, MANAGEMENT, managementAt);
        dates.forEach((activityId, date) -> {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .timers().list()) {
                // Same job, new date: recreating it would lose its id, retries and history.
                management.setJobDuedate(job.getId(), Date.from(date.orElse(SlaDeadlines.NEVER)));
            }
        });
    }
}

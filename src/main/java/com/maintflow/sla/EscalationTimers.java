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
 * Moves the BPMN escalation timers of a ticket when its resolution deadline moves (re-classification): Camunda
 * evaluates a timer's date once, on entering the task, so a later change must reach the job itself (DESIGN.md).
 */
@Component
class EscalationTimers {

    static final String WARNING = "BoundaryEvent_ResolutionWarning";
    static final String BREACHED = "BoundaryEvent_ResolutionBreached";
    static final String MANAGEMENT = "BoundaryEvent_ResolutionManagement";

    private final RuntimeService runtime;
    private final ManagementService management;

    EscalationTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Sets the ticket's open escalation timers to the given instants; a ticket without them is left alone. */
    void reschedule(String ticket, Optional<Instant> warningAt, Optional<Instant> dueAt,
                    Optional<Instant> managementAt) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).singleResult();
        if (instance == null) {
            return;
        }
        Map.of(WARNING, warningAt, BREACHED, dueAt, MANAGEMENT, managementAt).forEach((activityId, date) -> {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .timers().list()) {
                // Same job, new date: recreating it would lose its id, retries and history.
                management.setJobDuedate(job.getId(), Date.from(date.orElse(SlaDeadlines.NEVER)));
            }
        });
    }
}

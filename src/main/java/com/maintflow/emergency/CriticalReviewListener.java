package com.maintflow.emergency;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A request reviewed as CRITICAL (and needing maintenance) starts its emergency response, unless one runs: listens
 * to the review's completion on Camunda's Spring event bridge, in the review's transaction, so the review itself
 * stays unaware of emergencies. An incomplete review is refused by reviewRequestListener and rolls this back too.
 */
@Component
class CriticalReviewListener {

    private static final Logger log = LoggerFactory.getLogger(CriticalReviewListener.class);

    static final String REVIEW_TASK = "Task_ReviewRequest";
    static final String REASON = "评审定级为紧急 / Reviewed as CRITICAL";

    private final EmergencyResponses emergencies;
    private final Actors actors;

    CriticalReviewListener(EmergencyResponses emergencies, Actors actors) {
        this.emergencies = emergencies;
        this.actors = actors;
    }

    @EventListener(condition = "#task.eventName == 'complete' && #task.taskDefinitionKey == 'Task_ReviewRequest' "
            + "&& #task.processDefinitionId != null && #task.processDefinitionId.startsWith('MaintenanceRequestProcess:')")
    void on(DelegateTask task) {
        if (!"CRITICAL".equals(text(task, "severity")) || "NO_MAINTENANCE".equals(text(task, "reviewOutcome"))) {
            return;
        }
        String ticket = task.getExecution().getProcessBusinessKey();
        if (emergencies.isRunning(ticket)) {
            log.info("Request {} reviewed as CRITICAL; its emergency response runs already", ticket);
            return;
        }
        emergencies.declare(ticket, REASON, actors.of(task), actors.now());
    }
}

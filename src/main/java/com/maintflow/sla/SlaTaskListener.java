package com.maintflow.sla;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the SLA clocks from user-task events of {@code MaintenanceRequestProcess} (published by Camunda's Spring
 * event bridge, in the engine's transaction) and puts the running deadline on each task as its Tasklist due date.
 * Listening to the bridge keeps the BPMN free of SLA plumbing on every task.
 */
@Component("slaTaskListener")
class SlaTaskListener {

    static final String REVIEW = "Task_ReviewRequest";
    static final String PLAN_ANSWER = "Task_RecordPlanAnswer";
    static final String CUSTOMER_OPINION = "Task_RecordCustomerOpinion";
    /** Open while the ticket waits on the customer: the clocks pause. */
    static final Set<String> WAITING_ON_CUSTOMER = Set.of("Task_RecordQuoteAnswer", PLAN_ANSWER,
            "Task_RecordAcceptanceAnswer");

    private final SlaClocks clocks;
    private final Actors actors;
    private final LateTasks lateTasks;
    private final EscalationSummary summary;

    SlaTaskListener(SlaClocks clocks, Actors actors, LateTasks lateTasks, EscalationSummary summary) {
        this.clocks = clocks;
        this.actors = actors;
        this.lateTasks = lateTasks;
        this.summary = summary;
    }

    @EventListener(condition = "#task.processDefinitionId != null && #task.processDefinitionId.startsWith('MaintenanceRequestProcess:')")
    void on(DelegateTask task) {
        String ticket = task.getExecution().getProcessBusinessKey();
        Instant now = actors.now();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task, ticket, now);
            case TaskListener.EVENTNAME_ASSIGNMENT -> assigned(task, ticket, now);
            case TaskListener.EVENTNAME_COMPLETE -> ended(task, ticket, now, true);
            case TaskListener.EVENTNAME_DELETE -> ended(task, ticket, now, false);
            default -> { }
        }
    }

    private void created(DelegateTask task, String ticket, Instant now) {
        String step = task.getTaskDefinitionKey();
        if (REVIEW.equals(step)) {
            clocks.startProvisional(ticket);
        } else if (PLAN_ANSWER.equals(step)) {
            // The plan has just been sent: that is what the plan clock measures.
            clocks.stop(ticket, ClockKind.PLAN, now);
        } else if (CUSTOMER_OPINION.equals(step)) {
            // Only an accepted fix leads here.
            clocks.stop(ticket, ClockKind.RESOLUTION, now);
        } else {
            // Escalation level 2 of the resolution and plan clocks: supervisors get their task, and the late work
            // moves up the engineers' list (a late review is claimed, not worked on: its priority stays).
            EscalatedStep.handledBy(step).filter(escalated -> escalated != EscalatedStep.RESPONSE)
                    .ifPresent(escalated -> lateTasks.raisePriority(task.getProcessInstanceId(), escalated.lateTask));
        }
        // An escalation task says which clock, level and late step it is about (one form serves all six).
        EscalatedStep.concerning(step).filter(escalated -> !escalated.lateTask.equals(step))
                .ifPresent(escalated -> summary.describe(task, escalated, now));
        if (WAITING_ON_CUSTOMER.contains(step)) {
            clocks.pause(ticket, now);
            return;
        }
        clocks.runningDeadline(ticket, clockOf(step))
                .or(() -> clocks.runningDeadline(ticket, ClockKind.RESOLUTION))
                .ifPresent(due -> task.setDueDate(Date.from(due)));
    }

    private void assigned(DelegateTask task, String ticket, Instant now) {
        if (REVIEW.equals(task.getTaskDefinitionKey()) && task.getAssignee() != null) {
            clocks.stop(ticket, ClockKind.RESPONSE, now);
        }
    }

    private void ended(DelegateTask task, String ticket, Instant now, boolean completed) {
        String step = task.getTaskDefinitionKey();
        if (REVIEW.equals(step) && completed) {
            clocks.stop(ticket, ClockKind.RESPONSE, now);
            String severity = text(task, "severity");
            String serviceKind = text(task, "serviceKind");
            String outcome = text(task, "reviewOutcome");
            // An incomplete review is refused by reviewRequestListener, which rolls this back with a clear message.
            if (severity != null && serviceKind != null && outcome != null) {
                clocks.classify(ticket, severity, serviceKind, SlaClocks.clocksFor(outcome), now);
            }
        } else if (WAITING_ON_CUSTOMER.contains(step)) {
            // Completed by staff or closed by the customer's own answer (boundary message deletes the task).
            clocks.resume(ticket, now);
        }
    }

    static ClockKind clockOf(String step) {
        return EscalatedStep.concerning(step).map(escalated -> escalated.clock).orElse(ClockKind.RESOLUTION);
    }
}

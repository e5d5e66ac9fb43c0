package com.maintflow.sla;

import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the SLA clocks from user-task events (published by Camunda's Spring event bridge, in the engine's
 * transaction) and puts the running deadline on each task as its Tasklist due date. Which step starts, stops or
 * pauses which clock is declared on the task in the BPMN ({@link SlaStep}); listening to the bridge keeps the BPMN
 * free of a listener on every task. Every task of the maintenance request gets a due date (its resolution deadline
 * by default); in the other service processes only tasks that declare SLA properties are touched, and the
 * escalation's own tasks never (HandleEscalationListener dates them).
 */
@Component("slaTaskListener")
class SlaTaskListener {

    private final SlaClocks clocks;
    private final Actors actors;

    SlaTaskListener(SlaClocks clocks, Actors actors) {
        this.clocks = clocks;
        this.actors = actors;
    }

    static final String REQUEST_PROCESS = "MaintenanceRequestProcess:";

    @EventListener(condition = "#task.processDefinitionId != null && !#task.processDefinitionId.startsWith('sla-escalation:')")
    void on(DelegateTask task) {
        if (!task.getProcessDefinitionId().startsWith(REQUEST_PROCESS)
                && SlaStep.of(task.getBpmnModelElementInstance()).equals(SlaStep.NONE)) {
            return;
        }
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
        SlaStep sla = SlaStep.of(task.getBpmnModelElementInstance());
        if (sla.start().contains(ClockKind.RESPONSE)) {
            clocks.startProvisional(ticket);
        }
        // Reaching the step is what these clocks measure (the plan has gone out; only an accepted fix leads on).
        sla.stopOnStart().forEach(kind -> clocks.stop(ticket, kind, now));
        if (sla.pause()) {
            clocks.pause(ticket, now);
            return;
        }
        clocks.runningDeadline(ticket, clockOf(sla))
                .or(() -> clocks.runningDeadline(ticket, ClockKind.RESOLUTION))
                .ifPresent(due -> task.setDueDate(Date.from(due)));
    }

    private void assigned(DelegateTask task, String ticket, Instant now) {
        if (task.getAssignee() != null) {
            SlaStep.of(task.getBpmnModelElementInstance()).stopOnClaim()
                    .forEach(kind -> clocks.stop(ticket, kind, now));
        }
    }

    private void ended(DelegateTask task, String ticket, Instant now, boolean completed) {
        SlaStep sla = SlaStep.of(task.getBpmnModelElementInstance());
        if (completed) {
            // Completing is a staff action too, for a task nobody claimed first.
            sla.stopOnClaim().forEach(kind -> clocks.stop(ticket, kind, now));
            sla.stopOnComplete().forEach(kind -> clocks.stop(ticket, kind, now));
        }
        if (completed && sla.classify()) {
            String severity = text(task, "severity");
            String serviceKind = text(task, "serviceKind");
            String outcome = text(task, "reviewOutcome");
            // An incomplete review is refused by reviewRequestListener, which rolls this back with a clear message.
            if (severity != null && serviceKind != null && outcome != null) {
                clocks.classify(ticket, severity, serviceKind, SlaClocks.clocksFor(outcome), now);
            }
        }
        if (sla.pause()) {
            // Completed by staff or closed by the customer's own answer (boundary message deletes the task).
            clocks.resume(ticket, now);
        }
    }

    /** The clock whose deadline is the task's due date: its declared {@code slaClock}, else the resolution. */
    static ClockKind clockOf(SlaStep sla) {
        return sla.clock().orElse(ClockKind.RESOLUTION);
    }
}

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
 * Drives {@code processes/sla-escalation.bpmn}, one instance per clock of a ticket (business key = ticket, variable
 * {@code clock}): started when the clock starts, ended by message when it stops or the ticket closes, and its timers
 * moved in place when the deadline moves. Started by message from here rather than drawn as a call activity in each
 * process: a call activity waits for its callee, so every process would need a parallel branch per clock and the
 * escalation ladders would be back in every diagram. A designer declares {@code slaStart}/{@code slaClock} on a task
 * and reads the escalation once, in its own diagram.
 */
@Component
public class SlaEscalations {

    public static final String PROCESS_KEY = "sla-escalation";
    static final String CLOCK = "clock";
    static final String STARTED = "SlaClockStarted";
    static final String STOPPED = "SlaClockStopped";
    static final String TICKET_CLOSED = "SlaTicketClosed";

    /** The escalation model's three timers, by level (ids in sla-escalation.bpmn). */
    enum Level {
        WARNING("Timer_WarningShare"), DEADLINE("Timer_Deadline"), MANAGEMENT("Timer_ManagementShare");

        final String timer;

        Level(String timer) {
            this.timer = timer;
        }
    }

    private final RuntimeService runtime;
    private final ManagementService management;

    SlaEscalations(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    void start(String ticket, ClockKind clock) {
        runtime.createMessageCorrelation(STARTED).processInstanceBusinessKey(ticket).setVariable(CLOCK, clock.name())
                .correlateStartMessage();
    }

    void stop(String ticket, ClockKind clock) {
        runtime.createMessageCorrelation(STOPPED).processInstanceBusinessKey(ticket)
                .processInstanceVariableEquals(CLOCK, clock.name()).correlateAll();
    }

    /** The ticket is closed: every escalation of it ends, open escalation tasks included. */
    public void ticketClosed(String ticket) {
        runtime.createMessageCorrelation(TICKET_CLOSED).processInstanceBusinessKey(ticket).correlateAll();
    }

    /**
     * Sets the open timer of the clock's escalation to the given instants (empty: parked at the end of time, e.g.
     * while paused). Camunda evaluates a timer's date once, on entering it, so a moved deadline must reach the job.
     */
    void reschedule(String ticket, ClockKind clock, Optional<Instant> warningAt, Optional<Instant> dueAt,
                    Optional<Instant> managementAt) {
        var dates = Map.of(Level.WARNING.timer, warningAt, Level.DEADLINE.timer, dueAt,
                Level.MANAGEMENT.timer, managementAt);
        for (var instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(ticket).variableValueEquals(CLOCK, clock.name()).list()) {
            dates.forEach((timer, date) -> {
                for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(timer)
                        .timers().list()) {
                    // Same job, new date: recreating it would lose its id, retries and history.
                    management.setJobDuedate(job.getId(), Date.from(date.orElse(SlaDeadlines.NEVER)));
                }
            });
        }
    }
}

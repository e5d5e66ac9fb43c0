package com.maintflow.sla;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Dates for the BPMN escalation timers ({@code ${slaDeadlines.warningAt(execution, 'RESOLUTION')}}): level 1 when
 * the warning share of a clock's target is used up, level 2 at its deadline, level 3 at the management share, all
 * as computed by the business calendar (EscalationSettings) and moved to its next working instant, so a 5x8
 * notice to staff never falls at night or on a holiday.
 *
 * <p>Camunda evaluates a boundary timer's date when it enters the task, before the task's create event, which is
 * where SlaTaskListener starts the response clock. So the RESPONSE timers on the review start that clock
 * themselves (idempotent, counted from receipt) instead of finding none and parking at {@link #NEVER}.
 */
@Component("slaDeadlines")
public class SlaDeadlines {

    /**
     * A timer needs a date even when there is nothing to escalate (no contract, clock already stopped or paused):
     * such a timer is parked at the end of time and goes away with its task.
     */
    static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final SlaClocks clocks;

    SlaDeadlines(SlaClocks clocks) {
        this.clocks = clocks;
    }

    public Date warningAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.warningAt(ticketWithClock(execution, clock), ClockKind.valueOf(clock)).orElse(NEVER));
    }

    public Date managementAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.managementAt(ticketWithClock(execution, clock), ClockKind.valueOf(clock))
                .orElse(NEVER));
    }

    public Date dueAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.escalationAt(ticketWithClock(execution, clock), ClockKind.valueOf(clock))
                .orElse(NEVER));
    }

    private String ticketWithClock(DelegateExecution execution, String clock) {
        String ticket = execution.getProcessBusinessKey();
        if (ClockKind.valueOf(clock) == ClockKind.RESPONSE) {
            clocks.startProvisional(ticket);
        }
        return ticket;
    }
}

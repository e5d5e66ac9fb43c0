package com.maintflow.sla;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Dates for the timers of {@code sla-escalation.bpmn} ({@code ${slaDeadlines.warningAt(execution, clock)}}): level 1
 * when the warning share of a clock's target is used up, level 2 at its deadline, level 3 at the management share,
 * all as computed by the business calendar (EscalationSettings) and moved to its next working instant, so a 5x8
 * notice to staff never falls at night or on a holiday. The ticket is the escalation's business key.
 */
@Component("slaDeadlines")
public class SlaDeadlines {

    /**
     * A timer needs a date even when there is nothing to escalate (clock paused or already stopped): such a timer
     * is parked at the end of time until the clock runs again or its escalation ends.
     */
    static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final SlaClocks clocks;

    SlaDeadlines(SlaClocks clocks) {
        this.clocks = clocks;
    }

    public Date warningAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.warningAt(execution.getProcessBusinessKey(), ClockKind.valueOf(clock)).orElse(NEVER));
    }

    public Date managementAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.managementAt(execution.getProcessBusinessKey(), ClockKind.valueOf(clock))
                .orElse(NEVER));
    }

    public Date dueAt(DelegateExecution execution, String clock) {
        return Date.from(clocks.escalationAt(execution.getProcessBusinessKey(), ClockKind.valueOf(clock))
                .orElse(NEVER));
    }
}

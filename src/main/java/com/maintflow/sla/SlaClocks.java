package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendar;
import com.maintflow.calendar.BusinessCalendars;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.system.Actors;
import com.maintflow.system.NaturalIds;
import com.maintflow.timeline.Timeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA capability's public face for clocks: starts them at receipt, applies the decided targets after review,
 * pauses them while the ticket waits on the customer, stops them, and records each missed deadline once.
 */
@Service
@Transactional
public class SlaClocks {

    /** Until the review knows the severity, the response clock runs on the seeds' default of 10 minutes. */
    static final long PROVISIONAL_RESPONSE_MINUTES = 10;

    private static final Logger log = LoggerFactory.getLogger(SlaClocks.class);

    /** One clock as staff see it on the ticket. */
    public record ClockView(ClockKind clock, String calendar, long targetMinutes, Instant dueAt, ClockState state,
                            long remainingWorkingMinutes) {
    }

    private final SlaClockRepository clocks;
    private final SlaBreachRepository breaches;
    private final BusinessCalendars calendars;
    private final SlaTargetsDecision decision;
    private final MaintenanceRequests requests;
    private final SlaEscalations escalations;
    private final EscalationSettings escalation;
    private final NaturalIds naturalIds;
    private final Timeline timeline;

    SlaClocks(SlaClockRepository clocks, SlaBreachRepository breaches, BusinessCalendars calendars,
              SlaTargetsDecision decision, MaintenanceRequests requests, SlaEscalations escalations,
              EscalationSettings escalation, NaturalIds naturalIds, Timeline timeline) {
        this.naturalIds = naturalIds;
        this.timeline = timeline;
        this.clocks = clocks;
        this.breaches = breaches;
        this.calendars = calendars;
        this.decision = decision;
        this.requests = requests;
        this.escalations = escalations;
        this.escalation = escalation;
    }

    /** One clock of a key, from the transaction's persistence context when this step has read it already. */
    private Optional<SlaClock> clock(String ticket, ClockKind kind) {
        return naturalIds.find(SlaClock.class, Map.of("ticket", ticket, "clock", kind));
    }

    /** Starts the response clock at receipt on the contract's calendar; a ticket without contract has no SLA. */
    public void startProvisional(String ticket) {
        var request = requests.byTicket(ticket);
        var contract = request.getContract();
        if (contract == null || clock(ticket, ClockKind.RESPONSE).isPresent()) {
            return;
        }
        clocks.save(new SlaClock(ticket, ClockKind.RESPONSE, contract.getContractNumber(),
                calendars.get(request.getTerms().getServiceCalendar()), PROVISIONAL_RESPONSE_MINUTES,
                request.getReceivedAt()));
        escalations.start(ticket, ClockKind.RESPONSE);
    }

    /**
     * Applies the targets decided for a classification: starts the clocks the outcome needs (from receipt) and
     * retargets running or paused ones, so calling it again after a re-classification keeps spent and paused time.
     */
    public void classify(String ticket, String severity, String serviceKind, Set<ClockKind> needed, Instant now) {
        var request = requests.byTicket(ticket);
        var contract = request.getContract();
        if (contract == null) {
            return;
        }
        // The terms the request was received under, not the contract's current ones: amendments apply to new requests.
        SlaTargets targets = decision.targetsFor(ticket, request.getTerms().getServiceLevel(), severity, serviceKind);
        BusinessCalendar next = calendars.get(targets.calendar());
        for (ClockKind kind : ClockKind.REQUEST_CLOCKS) {
            Optional<SlaClock> existing = clock(ticket, kind);
            if (existing.isPresent() && !existing.get().getState().isStopped()) {
                existing.get().retarget(calendarOf(existing.get()), next, targets.minutesFor(kind), now);
                rescheduleEscalation(ticket, kind);
            } else if (existing.isEmpty() && needed.contains(kind)) {
                clocks.save(new SlaClock(ticket, kind, contract.getContractNumber(), next, targets.minutesFor(kind),
                        request.getReceivedAt()));
                escalations.start(ticket, kind);
            }
        }
        log.info("SLA targets of {} for {} {}: {}", ticket, severity, serviceKind, targets);
    }

    /**
     * Starts a clock of any keyed piece of work that is not a maintenance request (an inspection, a complaint), with a
     * target its process knows, on a calendar of config/calendars, and its escalation through sla-escalation.bpmn
     * (business key = {@code key}). A second call for the same key and clock does nothing.
     */
    public void startClock(String key, ClockKind kind, String contractNumber, String calendar, long targetMinutes,
                           Instant startedAt) {
        if (ClockKind.REQUEST_CLOCKS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is a maintenance request's clock; the review starts it");
        }
        if (clock(key, kind).isPresent()) {
            return;
        }
        clocks.save(new SlaClock(key, kind, contractNumber, calendars.get(calendar), targetMinutes, startedAt));
        escalations.start(key, kind);
    }

    /** Stops a clock if it runs; a late stop is recorded as a breach. */
    public void stop(String ticket, ClockKind kind, Instant at) {
        clock(ticket, kind).filter(clock -> !clock.getState().isStopped()).ifPresent(clock -> {
            if (clock.stop(at, calendarOf(clock))) {
                recordBreach(clock, at);
            }
            escalations.stop(ticket, kind);
        });
    }

    /** The ticket waits on the customer from {@code at}: its request clocks pause (an emergency's run on). */
    public void pause(String ticket, Instant at) {
        clocks.findByTicketOrderByClock(ticket).stream()
                .filter(clock -> ClockKind.PAUSED_FOR_CUSTOMER.contains(clock.getClock())).forEach(clock -> {
            clock.pause(at);
            rescheduleEscalation(ticket, clock.getClock()); // paused: its timers park at the end of time
        });
    }

    /** The customer answered: paused clocks run again, their deadlines pushed by the working time waited. */
    public void resume(String ticket, Instant at) {
        clocks.findByTicketOrderByClock(ticket).stream()
                .filter(clock -> ClockKind.PAUSED_FOR_CUSTOMER.contains(clock.getClock())).forEach(clock -> {
            clock.resume(at, calendarOf(clock));
            rescheduleEscalation(ticket, clock.getClock());
        });
    }

    /** The escalation timers of a clock follow its moved (or paused) deadline. */
    private void rescheduleEscalation(String ticket, ClockKind kind) {
        escalations.reschedule(ticket, kind, warningAt(ticket, kind), escalationAt(ticket, kind),
                managementAt(ticket, kind));
    }

    /** The deadline of a clock that is running now. */
    @Transactional(readOnly = true)
    public Optional<Instant> runningDeadline(String ticket, ClockKind kind) {
        return clock(ticket, kind).filter(clock -> clock.getState() == ClockState.RUNNING)
                .map(SlaClock::getDueAt);
    }

    /** Escalation level 1 of a running clock: its warning share used up, at the next working instant. */
    @Transactional(readOnly = true)
    public Optional<Instant> warningAt(String ticket, ClockKind kind) {
        return runningNotice(ticket, kind, escalation.warningShare());
    }

    /**
     * Escalation level 2 of a running clock: its deadline, at the next working instant. The deadline itself (breach
     * recording, Tasklist due date) stays exact; only the notice to staff waits for working time.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> escalationAt(String ticket, ClockKind kind) {
        return runningNotice(ticket, kind, BigDecimal.ONE);
    }

    /** Escalation level 3 of a running clock: its management share used up, at the next working instant. */
    @Transactional(readOnly = true)
    public Optional<Instant> managementAt(String ticket, ClockKind kind) {
        return runningNotice(ticket, kind, escalation.managementShare());
    }

    /**
     * When {@code share} of a running clock's target is used up, moved to the calendar's next working instant so a
     * 5x8 notice never goes out at night or on a holiday; empty for a missing, paused or stopped clock.
     */
    private Optional<Instant> runningNotice(String ticket, ClockKind kind, BigDecimal share) {
        return clock(ticket, kind).filter(clock -> clock.getState() == ClockState.RUNNING)
                .map(clock -> calendarOf(clock).nextWorkingInstant(clock.pointAt(share, calendarOf(clock))));
    }

    @Transactional(readOnly = true)
    public List<ClockView> of(String ticket, Instant now) {
        return clocks.findByTicketOrderByClock(ticket).stream()
                .map(clock -> new ClockView(clock.getClock(), clock.getCalendar(), clock.getTargetMinutes(),
                        clock.getDueAt(), clock.getState(), clock.remainingMinutes(calendarOf(clock), now)))
                .toList();
    }

    /** Records a breach for every clock still running past its deadline; returns how many were new. */
    public int recordOverdue(Instant now) {
        int recorded = 0;
        for (SlaClock clock : clocks.findByStateAndDueAtBefore(ClockState.RUNNING, now)) {
            if (breaches.findByTicketAndClock(clock.getTicket(), clock.getClock()).isEmpty()) {
                breaches.save(new SlaBreach(clock, now, clock.minutesOver(calendarOf(clock), now)));
                noteBreach(clock);
                log.warn("SLA {} of {} breached: due {}", clock.getClock(), clock.getTicket(), clock.getDueAt());
                recorded++;
            }
        }
        return recorded;
    }

    private void recordBreach(SlaClock clock, Instant at) {
        long over = clock.minutesOver(calendarOf(clock), at);
        breaches.findByTicketAndClock(clock.getTicket(), clock.getClock()).ifPresentOrElse(
                known -> known.settle(at, over),
                () -> {
                    breaches.save(new SlaBreach(clock, at, over));
                    noteBreach(clock);
                });
        log.warn("SLA {} of {} missed by {} working minutes", clock.getClock(), clock.getTicket(), over);
    }

    /** Once per breach, on the staff side of the timeline (customers' pages leave out SLA_ entries) and to webhooks. */
    private void noteBreach(SlaClock clock) {
        timeline.append(clock.getTicket(), "SLA_BREACHED", Actors.SYSTEM,
                "时限已过 / Deadline passed: " + clock.getClock().deadlineLabel());
    }

    private BusinessCalendar calendarOf(SlaClock clock) {
        return calendars.get(clock.getCalendar());
    }

    static Set<ClockKind> clocksFor(String reviewOutcome) {
        return switch (reviewOutcome) {
            case "DEEP" -> EnumSet.of(ClockKind.RESPONSE, ClockKind.RESOLUTION, ClockKind.PLAN);
            case "IMMEDIATE" -> EnumSet.of(ClockKind.RESPONSE, ClockKind.RESOLUTION);
            default -> EnumSet.of(ClockKind.RESPONSE);
        };
    }
}

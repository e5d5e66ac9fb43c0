package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendar;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/**
 * One SLA clock of a ticket. Invariant while not stopped: {@code dueAt = calendar.add(startedAt, targetMinutes +
 * pausedMinutesTotal)}, i.e. the target counts only working minutes in which the clock was running.
 */
@Entity
@Table(name = "mf_sla_clock")
class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String ticket;

    @NaturalId
    @Enumerated(EnumType.STRING)
    private ClockKind clock;

    private String contractNumber;
    private String calendar;
    private long targetMinutes;
    private Instant startedAt;
    private Instant dueAt;
    private Instant pausedAt;
    private long pausedMinutesTotal;
    private Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    private ClockState state;

    protected SlaClock() {
    }

    SlaClock(String ticket, ClockKind clock, String contractNumber, BusinessCalendar calendar, long targetMinutes,
             Instant startedAt) {
        this.ticket = ticket;
        this.clock = clock;
        this.contractNumber = contractNumber;
        this.calendar = calendar.name();
        this.targetMinutes = targetMinutes;
        this.startedAt = startedAt;
        this.state = ClockState.RUNNING;
        this.dueAt = calendar.add(startedAt, targetMinutes);
    }

    void pause(Instant at) {
        if (state == ClockState.RUNNING) {
            pausedAt = at;
            state = ClockState.PAUSED;
        }
    }

    void resume(Instant at, BusinessCalendar calendar) {
        if (state == ClockState.PAUSED) {
            pausedMinutesTotal += calendar.workingMinutes(pausedAt, at);
            pausedAt = null;
            state = ClockState.RUNNING;
            dueAt = calendar.add(startedAt, targetMinutes + pausedMinutesTotal);
        }
    }

    /** Stops the clock (a paused one resumes first, so the waiting time is not held against it); true if late. */
    boolean stop(Instant at, BusinessCalendar calendar) {
        if (state.isStopped()) {
            throw new IllegalStateException("SLA clock " + clock + " of " + ticket + " is already " + state);
        }
        resume(at, calendar);
        stoppedAt = at;
        state = at.isAfter(dueAt) ? ClockState.MISSED : ClockState.MET;
        return state == ClockState.MISSED;
    }

    /**
     * New target (and maybe calendar) after a re-classification. The working minutes the clock has already run
     * stay spent, and the time paused so far stays excluded, also when the calendar changes: the pause is
     * re-expressed in the new calendar as everything since the start that was not spent running.
     */
    void retarget(BusinessCalendar current, BusinessCalendar next, long newTargetMinutes, Instant now) {
        if (state.isStopped()) {
            throw new IllegalStateException("SLA clock " + clock + " of " + ticket + " is already " + state);
        }
        Instant reference = state == ClockState.PAUSED ? pausedAt : now;
        long spent = spentMinutes(current, reference);
        pausedMinutesTotal = Math.max(0, next.workingMinutes(startedAt, reference) - spent);
        calendar = next.name();
        targetMinutes = newTargetMinutes;
        dueAt = next.add(startedAt, targetMinutes + pausedMinutesTotal);
    }

    /** When {@code share} of the target (may exceed 1) will have run, as things stand (pauses so far excluded). */
    Instant pointAt(BigDecimal share, BusinessCalendar calendar) {
        long minutes = share.multiply(BigDecimal.valueOf(targetMinutes)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return calendar.add(startedAt, minutes + pausedMinutesTotal);
    }

    /** Working minutes left at {@code now} (negative when late); frozen while paused or stopped. */
    long remainingMinutes(BusinessCalendar calendar, Instant now) {
        Instant reference = stoppedAt != null ? stoppedAt : state == ClockState.PAUSED ? pausedAt : now;
        return targetMinutes - spentMinutes(calendar, reference);
    }

    /** Working minutes past the deadline at {@code at}. */
    long minutesOver(BusinessCalendar calendar, Instant at) {
        return calendar.workingMinutes(dueAt, at);
    }

    boolean isOverdueAt(Instant now) {
        return state == ClockState.RUNNING && now.isAfter(dueAt);
    }

    private long spentMinutes(BusinessCalendar calendar, Instant reference) {
        return Math.max(0, calendar.workingMinutes(startedAt, reference) - pausedMinutesTotal);
    }

    String getTicket() {
        return ticket;
    }

    ClockKind getClock() {
        return clock;
    }

    String getContractNumber() {
        return contractNumber;
    }

    String getCalendar() {
        return calendar;
    }

    long getTargetMinutes() {
        return targetMinutes;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    long getPausedMinutesTotal() {
        return pausedMinutesTotal;
    }

    Instant getStoppedAt() {
        return stoppedAt;
    }

    ClockState getState() {
        return state;
    }
}

package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendar;
import com.maintflow.calendar.BusinessCalendars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors watch: the running clocks about to warn or breach (each with the late step and who has it), and
 * compliance per clock and month over every contract. Read-only; the {@code /dashboard} page shows it.
 */
@Service
@Transactional(readOnly = true)
public class SlaWatch {

    private final SlaClockRepository clocks;
    private final BusinessCalendars calendars;
    private final EscalationSettings escalation;
    private final LateTasks lateTasks;
    private final TaskService tasks;

    SlaWatch(SlaClockRepository clocks, BusinessCalendars calendars, EscalationSettings escalation,
             LateTasks lateTasks, TaskService tasks) {
        this.clocks = clocks;
        this.calendars = calendars;
        this.escalation = escalation;
        this.lateTasks = lateTasks;
        this.tasks = tasks;
    }

    /**
     * A running clock at risk: its warning or its deadline comes within the horizon. {@code key} is the ticket (or
     * complaint, inspection… number); {@code workingMinutesLeft} counts to the deadline on the clock's calendar;
     * {@code warned} is true once the warning point has passed.
     */
    public record AtRisk(String key, ClockKind clock, Instant warningAt, Instant dueAt, long workingMinutesLeft,
                         boolean warned, List<Step> steps) {
    }

    /** An open task working against the clock: the step, who has it (or which groups may take it). */
    public record Step(String taskId, String name, String assignee, List<String> candidateGroups) {
    }

    /** Deadlines decided in a month for one clock, over all contracts ({@code compliancePercent} null: none). */
    public record MonthlyCompliance(YearMonth month, ClockKind clock, long decided, long met, long missed,
                                    BigDecimal compliancePercent) {
    }

    /** The at-risk clocks, the first {@code limit} of them with their steps, and how many there are in all. */
    public record AtRiskList(List<AtRisk> first, int total) {
    }

    /**
     * Running clocks whose warning or deadline falls within the next {@code workingMinutes} of their own calendar,
     * deadline soonest first; clocks already past their deadline are breaches, not at risk, and are left out. Only the
     * first {@code limit} are looked up in the engine for their steps: a list longer than a screen is read by its top.
     */
    public AtRiskList atRisk(Instant now, long workingMinutes, int limit) {
        List<SlaClock> risky = new ArrayList<>();
        Map<String, Instant> horizons = new HashMap<>();
        for (SlaClock clock : clocks.findByStateAndDueAtBetweenOrderByDueAt(ClockState.RUNNING, now,
                lastCandidateDeadline(now, workingMinutes))) {
            BusinessCalendar calendar = calendars.get(clock.getCalendar());
            Instant horizon = horizons.computeIfAbsent(clock.getCalendar(), name -> calendar.add(now, workingMinutes));
            if (clock.getDueAt().isAfter(now) && (!clock.getDueAt().isAfter(horizon)
                    || !clock.pointAt(escalation.warningShare(), calendar).isAfter(horizon))) {
                risky.add(clock); // already in deadline order
            }
        }
        List<AtRisk> first = risky.stream().limit(limit).map(clock -> {
            BusinessCalendar calendar = calendars.get(clock.getCalendar());
            Instant warningAt = clock.pointAt(escalation.warningShare(), calendar);
            return new AtRisk(clock.getTicket(), clock.getClock(), warningAt, clock.getDueAt(),
                    clock.remainingMinutes(calendar, now), !warningAt.isAfter(now),
                    steps(clock.getTicket(), clock.getClock()));
        }).toList();
        return new AtRiskList(first, risky.size());
    }

    /**
     * No running clock with a later deadline can warn within the horizon: a clock's warning comes at most
     * {@code (1 - warningShare) × target} working minutes before its deadline (pauses move both alike), so with the
     * largest running target that many working minutes past the horizon, on the calendar that reaches furthest, bounds
     * the deadlines worth reading. Keeps the read to the clocks near their end, not every open one.
     */
    private Instant lastCandidateDeadline(Instant now, long workingMinutes) {
        long largestTarget = clocks.largestTargetMinutesDueAfter(ClockState.RUNNING, now).orElse(0L);
        long span = workingMinutes + BigDecimal.ONE.subtract(escalation.warningShare())
                .multiply(BigDecimal.valueOf(largestTarget)).setScale(0, RoundingMode.CEILING).longValueExact() + 1;
        // Only the calendars of clocks still to come: another may lack the holiday file of the years ahead.
        return clocks.calendarsDueAfter(ClockState.RUNNING, now).stream()
                .map(name -> calendars.get(name).add(now, span)).max(Instant::compareTo).orElse(now);
    }

    /** Running clocks past their deadline now (breaches still open). */
    public long overdue(Instant now) {
        return clocks.countByStateAndDueAtBefore(ClockState.RUNNING, now);
    }

    /**
     * Compliance per clock for each month from {@code first} to {@code last} (by deadline, contract zone): met, and
     * missed including clocks still running past their deadline, as on the SLA report.
     */
    public List<MonthlyCompliance> monthly(YearMonth first, YearMonth last, Instant now) {
        List<MonthlyCompliance> result = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(SlaReports.CONTRACT_ZONE).toInstant();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(SlaReports.CONTRACT_ZONE).toInstant();
            var met = counts(ClockState.MET, start, end);
            var missed = counts(ClockState.MISSED, start, end);
            // A clock still running past its deadline has missed it already, recorded or not.
            var runningLate = now.isAfter(start) ? counts(ClockState.RUNNING, start, end.isBefore(now) ? end : now)
                    : Map.<ClockKind, Long>of();
            for (ClockKind kind : ClockKind.values()) {
                long metCount = met.getOrDefault(kind, 0L);
                long missedCount = missed.getOrDefault(kind, 0L) + runningLate.getOrDefault(kind, 0L);
                long decided = metCount + missedCount;
                if (decided > 0) {
                    result.add(new MonthlyCompliance(month, kind, decided, metCount, missedCount,
                            BigDecimal.valueOf(metCount * 100).divide(BigDecimal.valueOf(decided), 1,
                                    RoundingMode.HALF_UP)));
                }
            }
        }
        return result;
    }

    /** Clocks in {@code state} per kind whose deadline lies in [from, to): one index range (state, due_at). */
    private Map<ClockKind, Long> counts(ClockState state, Instant from, Instant to) {
        Map<ClockKind, Long> counts = new EnumMap<>(ClockKind.class);
        clocks.countByClock(state, from, to).forEach(row -> counts.put((ClockKind) row[0], (Long) row[1]));
        return counts;
    }

    private List<Step> steps(String key, ClockKind clock) {
        return lateTasks.of(key, clock).stream().map(task -> new Step(task.getId(), lateTasks.stepName(task),
                task.getAssignee(), candidateGroups(task))).toList();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }
}

package com.maintflow.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** SLA clocks by ticket, by contract and deadline window, and those still running past their deadline. */
interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketOrderByClock(String ticket);

    /** Clocks of a contract whose deadline lies in [from, to). */
    List<SlaClock> findByContractNumberAndDueAtGreaterThanEqualAndDueAtLessThan(String contractNumber, Instant from,
                                                                               Instant to);

    List<SlaClock> findByStateAndDueAtBefore(ClockState state, Instant now);

    long countByStateAndDueAtBefore(ClockState state, Instant now);

    @Query("select max(c.targetMinutes) from SlaClock c where c.state = ?1 and c.dueAt > ?2")
    Optional<Long> largestTargetMinutesDueAfter(ClockState state, Instant after);

    @Query("select distinct c.calendar from SlaClock c where c.state = ?1 and c.dueAt > ?2")
    List<String> calendarsDueAfter(ClockState state, Instant after);

    /** Clocks in {@code state} whose deadline lies in [from, to], soonest first. */
    List<SlaClock> findByStateAndDueAtBetweenOrderByDueAt(ClockState state, Instant from, Instant to);

    /** [clock, count] of the clocks in {@code state} whose deadline lies in [from, to). */
    @Query("select c.clock, count(c) from SlaClock c where c.state = ?1 and c.dueAt >= ?2 and c.dueAt < ?3"
            + " group by c.clock")
    List<Object[]> countByClock(ClockState state, Instant from, Instant to);
}

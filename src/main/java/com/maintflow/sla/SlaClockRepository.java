package com.maintflow.sla;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** SLA clocks by ticket, by contract and deadline window, and those still running past their deadline. */
interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByTicketOrderByClock(String ticket);


    /** Clocks of a contract whose deadline lies in [from, to). */
    List<SlaClock> findByContractNumberAndDueAtGreaterThanEqualAndDueAtLessThan(String contractNumber, Instant from,
                                                                               Instant to);

    List<SlaClock> findByStateAndDueAtBefore(ClockState state, Instant now);
}

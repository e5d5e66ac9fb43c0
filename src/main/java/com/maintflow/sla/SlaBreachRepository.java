package com.maintflow.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Breaches by ticket and clock (unique), and a contract's breaches whose deadline lies in [from, to). */
interface SlaBreachRepository extends JpaRepository<SlaBreach, Long> {

    Optional<SlaBreach> findByTicketAndClock(String ticket, ClockKind clock);

    List<SlaBreach> findByContractNumberAndDueAtGreaterThanEqualAndDueAtLessThanOrderByDueAt(String contractNumber,
                                                                                            Instant from, Instant to);
}

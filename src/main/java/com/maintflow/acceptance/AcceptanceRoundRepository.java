package com.maintflow.acceptance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Acceptance rounds of a ticket in order. */
interface AcceptanceRoundRepository extends JpaRepository<AcceptanceRound, Long> {

    List<AcceptanceRound> findByTicketOrderByRoundNumberAsc(String ticket);

    long countByTicket(String ticket);
}

package com.maintflow.quote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Quotes of a ticket; the latest is the one the customer answers. */
interface QuoteRepository extends JpaRepository<Quote, Long> {

    List<Quote> findByTicketOrderByIdAsc(String ticket);

    Optional<Quote> findFirstByTicketOrderByIdDesc(String ticket);
}

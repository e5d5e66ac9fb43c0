package com.maintflow.intake;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Counters per series and year, read with a row lock so two nodes never hand out the same number. */
interface TicketCounterRepository extends JpaRepository<TicketCounter, TicketCounter.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TicketCounter c where c.series = :series and c.year = :year")
    Optional<TicketCounter> lockYear(String series, int year);
}

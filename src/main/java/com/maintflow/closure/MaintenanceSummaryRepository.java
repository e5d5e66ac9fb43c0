package com.maintflow.closure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The one summary of a ticket. */
interface MaintenanceSummaryRepository extends JpaRepository<MaintenanceSummary, Long> {

    Optional<MaintenanceSummary> findByTicket(String ticket);
}

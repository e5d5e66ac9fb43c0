package com.maintflow.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Plan versions of a ticket, oldest first; the latest is the one under discussion. */
interface MaintenancePlanRepository extends JpaRepository<MaintenancePlan, Long> {

    List<MaintenancePlan> findByTicketOrderByVersionAsc(String ticket);

    Optional<MaintenancePlan> findFirstByTicketOrderByVersionDesc(String ticket);

    long countByTicket(String ticket);
}

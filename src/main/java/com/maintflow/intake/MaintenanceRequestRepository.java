package com.maintflow.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Maintenance requests by ticket number (unique). */
interface MaintenanceRequestRepository extends JpaRepository<MaintenanceRequest, Long> {

    Optional<MaintenanceRequest> findByTicket(String ticket);
}

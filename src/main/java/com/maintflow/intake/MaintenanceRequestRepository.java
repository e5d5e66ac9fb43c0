package com.maintflow.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Maintenance requests by ticket number (unique). */
interface MaintenanceRequestRepository extends JpaRepository<MaintenanceRequest, Long> {

    Optional<MaintenanceRequest> findByTicket(String ticket);

    boolean existsByCustomerId(Long customerId);

    boolean existsByContractId(Long contractId);

    List<MaintenanceRequest> findByContractIdAndStatusNotOrderByReceivedAt(Long contractId, RequestStatus status);
}

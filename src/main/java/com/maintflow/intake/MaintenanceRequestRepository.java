package com.maintflow.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Maintenance requests; by ticket number (the natural id) through {@link MaintenanceRequests#find}. */
interface MaintenanceRequestRepository extends JpaRepository<MaintenanceRequest, Long> {

    boolean existsByCustomerId(Long customerId);

    boolean existsByContractId(Long contractId);

    List<MaintenanceRequest> findByContractIdAndStatusNotOrderByReceivedAt(Long contractId, RequestStatus status);
}

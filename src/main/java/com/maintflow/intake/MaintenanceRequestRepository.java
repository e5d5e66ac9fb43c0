package com.maintflow.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Maintenance requests; by ticket number (the natural id) through {@link MaintenanceRequests#find}. */
interface MaintenanceRequestRepository extends JpaRepository<MaintenanceRequest, Long> {

    boolean existsByCustomerId(Long customerId);

    boolean existsByContractId(Long contractId);

    List<MaintenanceRequest> findByContractIdAndStatusNotOrderByReceivedAt(Long contractId, RequestStatus status);

    /**
     * Latest first, whose ticket, title or customer code contains {@code fragment} (a lower-cased LIKE pattern,
     * escaped with backslash), other than {@code excluded} status when given.
     */
    @Query("select new com.maintflow.intake.RequestOverview$Row(r.ticket, r.title, c.code, c.name, r.status,"
            + " r.channel, r.severity, r.receivedAt) from MaintenanceRequest r join r.customer c"
            + " where (lower(r.ticket) like :fragment escape '\\' or lower(r.title) like :fragment escape '\\'"
            + " or lower(c.code) like :fragment escape '\\') and (:excluded is null or r.status <> :excluded)"
            + " order by r.receivedAt desc, r.id desc")
    List<RequestOverview.Row> latest(String fragment, RequestStatus excluded, Pageable page);

    /** [status, count] of every status but {@code excluded}. */
    @Query("select r.status, count(r) from MaintenanceRequest r where r.status <> ?1 group by r.status")
    List<Object[]> countByStatusExcept(RequestStatus excluded);

    @Query("select count(r) from MaintenanceRequest r where r.status <> ?1 and r.receivedAt > ?2")
    long countOpenReceivedAfter(RequestStatus excluded, Instant after);
}

package com.maintflow.implementation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Maintenance records of a ticket in round order. */
interface MaintenanceRecordRepository extends JpaRepository<MaintenanceRecord, Long> {

    List<MaintenanceRecord> findByTicketOrderByRoundNumberAsc(String ticket);

    long countByTicket(String ticket);
}

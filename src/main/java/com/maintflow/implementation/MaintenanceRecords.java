package com.maintflow.implementation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to a ticket's maintenance records. */
@Service
@Transactional(readOnly = true)
public class MaintenanceRecords {

    private final MaintenanceRecordRepository records;

    MaintenanceRecords(MaintenanceRecordRepository records) {
        this.records = records;
    }

    public List<MaintenanceRecord> of(String ticket) {
        return records.findByTicketOrderByRoundNumberAsc(ticket);
    }
}

package com.maintflow.sla;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.tasklist.OpenTaskColumns;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-classification after review: the request's severity and service kind change, and with them the SLA targets;
 * time already spent and paused stays counted, escalation timers, Tasklist due dates and the severity shown in
 * Tasklist's list follow in one transaction.
 */
@Service
@Transactional
public class Reclassifications {

    private final MaintenanceRequests requests;
    private final SlaClocks clocks;
    private final OpenTaskDueDates dueDates;
    private final OpenTaskColumns columns;

    Reclassifications(MaintenanceRequests requests, SlaClocks clocks, OpenTaskDueDates dueDates,
                      OpenTaskColumns columns) {
        this.requests = requests;
        this.clocks = clocks;
        this.dueDates = dueDates;
        this.columns = columns;
    }

    public void reclassify(String ticket, ClassificationChange change, String actor, Instant now) {
        var request = requests.byTicket(ticket);
        if (request.getStatus() == RequestStatus.ARCHIVED) {
            throw new ReclassificationRefusedException(ticket, "it is archived");
        }
        if (request.getReviewOutcome() == null) {
            throw new ReclassificationRefusedException(ticket, "it is not reviewed yet");
        }
        requests.reclassify(ticket, change.severity(), change.serviceKind(), change.reason(), actor);
        clocks.classify(ticket, change.severity(), change.serviceKind(), SlaClocks.clocksFor(request.getReviewOutcome()),
                now);
        dueDates.refresh(ticket);
        columns.severityChanged(ticket, change.severity());
    }
}

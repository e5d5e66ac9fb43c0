package com.maintflow.portal;

import com.maintflow.complaint.ComplaintView;
import com.maintflow.intake.RequestView;
import java.util.List;
import java.util.Set;

/**
 * What the customer's status page shows of a request: ticket, title, status and the timeline without the entries
 * meant for staff — SLA warnings, escalation notes and reassignments (supervisors' words and staff names),
 * re-classification reasons, a summary sent back for rework and the knowledge article made from the fix. The staff
 * ticket page keeps them all.
 */
record CustomerStatusView(String ticket, String title, String status, List<RequestView.Event> timeline) {

    private static final Set<String> STAFF_ONLY = Set.of("RECLASSIFIED", "SUMMARY_RETURNED", "KNOWLEDGE_PUBLISHED");
    /** A complaint's internal steps: management's notes, the investigation's findings and who owns which action. */
    private static final Set<String> COMPLAINT_STAFF_ONLY = Set.of("REPEAT_REVIEWED", "INVESTIGATED",
            "ACTION_RECORDED", "MANAGEMENT_REVIEWED");

    static CustomerStatusView of(RequestView request) {
        return new CustomerStatusView(request.ticket(), request.title(), String.valueOf(request.status()),
                request.timeline().stream().filter(event -> forCustomer(event.event())).toList());
    }

    static CustomerStatusView of(ComplaintView complaint) {
        return new CustomerStatusView(complaint.complaintNumber(), complaint.subject(),
                String.valueOf(complaint.status()), complaint.timeline().stream()
                .filter(event -> forCustomer(event.event()) && !COMPLAINT_STAFF_ONLY.contains(event.event()))
                .map(event -> new RequestView.Event(event.at(), event.event(), event.actor(), event.detail()))
                .toList());
    }

    static boolean forCustomer(String event) {
        return !event.startsWith("SLA_") && !STAFF_ONLY.contains(event);
    }
}

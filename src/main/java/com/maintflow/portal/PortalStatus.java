package com.maintflow.portal;

import com.maintflow.complaint.ComplaintNotFoundException;
import com.maintflow.complaint.ComplaintQuery;
import com.maintflow.complaint.ComplaintView;
import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.intake.RequestQuery;
import com.maintflow.intake.RequestView;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds a request or a complaint (by its CP- number) for the status page only when number and contact e-mail belong
 * together. An unknown ticket and
 * a wrong e-mail look the same to the caller, so the page cannot be used to find out which tickets exist.
 */
@Service
class PortalStatus {

    private static final String TICKET_PATTERN = "MR-\\d{4}-\\d{6}";
    private static final String COMPLAINT_PATTERN = "CP-\\d{4}-\\d{6}";

    private final RequestQuery query;
    private final ComplaintQuery complaints;

    PortalStatus(RequestQuery query, ComplaintQuery complaints) {
        this.query = query;
        this.complaints = complaints;
    }

    Optional<CustomerStatusView> find(StatusLookup lookup) {
        String ticket = lookup.getTicket() == null ? "" : lookup.getTicket().strip();
        String email = lookup.getContactEmail() == null ? "" : lookup.getContactEmail().strip();
        if (ticket.matches(COMPLAINT_PATTERN) && !email.isEmpty()) {
            return complaint(ticket, email);
        }
        if (!ticket.matches(TICKET_PATTERN) || email.isEmpty()) {
            return Optional.empty();
        }
        try {
            RequestView view = query.view(ticket);
            return view.contactEmail().equalsIgnoreCase(email) ? Optional.of(CustomerStatusView.of(view)) : Optional.empty();
        } catch (RequestNotFoundException unknown) {
            return Optional.empty();
        }
    }

    private Optional<CustomerStatusView> complaint(String number, String email) {
        try {
            ComplaintView view = complaints.view(number);
            return view.contactEmail().equalsIgnoreCase(email) ? Optional.of(CustomerStatusView.of(view))
                    : Optional.empty();
        } catch (ComplaintNotFoundException unknown) {
            return Optional.empty();
        }
    }
}

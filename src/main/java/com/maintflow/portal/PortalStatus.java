package com.maintflow.portal;

import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.intake.RequestQuery;
import com.maintflow.intake.RequestView;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds a request for the status page only when ticket and contact e-mail belong together. An unknown ticket and
 * a wrong e-mail look the same to the caller, so the page cannot be used to find out which tickets exist.
 */
@Service
class PortalStatus {

    private static final String TICKET_PATTERN = "MR-\\d{4}-\\d{6}";

    private final RequestQuery query;

    PortalStatus(RequestQuery query) {
        this.query = query;
    }

    Optional<CustomerStatusView> find(StatusLookup lookup) {
        String ticket = lookup.getTicket() == null ? "" : lookup.getTicket().strip();
        String email = lookup.getContactEmail() == null ? "" : lookup.getContactEmail().strip();
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
}

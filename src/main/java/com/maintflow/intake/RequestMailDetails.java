package com.maintflow.intake;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the request's title and contact name into every mail about it. */
@Component
class RequestMailDetails implements NotificationDetails {

    private final MaintenanceRequests requests;

    RequestMailDetails(MaintenanceRequests requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, Object> detailsFor(String ticket, NotificationTemplate template) {
        return requests.find(ticket)
                .<Map<String, Object>>map(r -> Map.of("title", r.getTitle(), "contactName", r.getContactName()))
                .orElse(Map.of());
    }
}

package com.maintflow.closure;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the maintenance summary into the closing mail. */
@Component
class SummaryMailDetails implements NotificationDetails {

    private final MaintenanceSummaries summaries;

    SummaryMailDetails(MaintenanceSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public Map<String, Object> detailsFor(String ticket, NotificationTemplate template) {
        if (template != NotificationTemplate.REQUEST_CLOSED) {
            return Map.of();
        }
        return summaries.of(ticket).<Map<String, Object>>map(s -> Map.of("summary", s.getSummary())).orElse(Map.of());
    }
}

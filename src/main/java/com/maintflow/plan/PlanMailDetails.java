package com.maintflow.plan;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the latest plan version's summary and due date into the plan mail. */
@Component
class PlanMailDetails implements NotificationDetails {

    private final MaintenancePlans plans;

    PlanMailDetails(MaintenancePlans plans) {
        this.plans = plans;
    }

    @Override
    public Map<String, Object> detailsFor(String ticket, NotificationTemplate template) {
        var all = plans.of(ticket);
        if (template != NotificationTemplate.PLAN_FOR_CONFIRMATION || all.isEmpty()) {
            return Map.of();
        }
        var latest = all.get(all.size() - 1);
        return Map.of("planSummary", latest.getSummary(), "planDueDate", latest.getDueDate().toString());
    }
}

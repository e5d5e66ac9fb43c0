package com.maintflow.inspection;

import com.maintflow.customer.Customers;
import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the inspection report (checklist, findings, tickets raised) into the INSPECTION_REPORT mail. */
@Component
class InspectionMailDetails implements NotificationDetails {

    private static final DateTimeFormatter SHANGHAI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(InspectionPeriod.ZONE);

    // The repository, not Inspections: Inspections sends mail, and the renderer must not depend back on it.
    private final InspectionRepository inspections;
    private final Customers customers;

    InspectionMailDetails(InspectionRepository inspections, Customers customers) {
        this.inspections = inspections;
        this.customers = customers;
    }

    @Override
    public Map<String, Object> detailsFor(String key, NotificationTemplate template) {
        if (template != NotificationTemplate.INSPECTION_REPORT) {
            return Map.of();
        }
        return inspections.findById(key).<Map<String, Object>>map(inspection -> {
            var view = InspectionView.of(inspection);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("contractNumber", view.contractNumber());
            model.put("customerName", customers.byCode(inspection.getCustomerCode()).map(c -> c.getName()).orElse(""));
            model.put("period", view.period());
            model.put("inspectedAt", view.inspectedAt() == null ? "" : SHANGHAI_TIME.format(view.inspectedAt()));
            model.put("checklist", view.checklist().stream().map(c -> Map.of("label", c.label(),
                    "result", "ISSUE".equals(c.result()) ? "有问题 / Issue" : "正常 / OK",
                    "note", c.note() == null ? "" : c.note())).toList());
            List<Map<String, String>> findings = view.findings().stream().map(f -> Map.of("text", f.text(),
                    "ticket", f.ticket() == null ? "" : f.ticket())).toList();
            model.put("findings", findings);
            model.put("ticketsRaised", String.join(", ", view.ticketsRaised()));
            return model;
        }).orElse(Map.of());
    }
}

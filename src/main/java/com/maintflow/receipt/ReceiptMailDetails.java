package com.maintflow.receipt;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the receipt's customer-facing note into the receipt mail. */
@Component
class ReceiptMailDetails implements NotificationDetails {

    private final CustomerReceiptRepository receipts;

    ReceiptMailDetails(CustomerReceiptRepository receipts) {
        this.receipts = receipts;
    }

    @Override
    public Map<String, Object> detailsFor(String ticket, NotificationTemplate template) {
        if (template != NotificationTemplate.RECEIPT) {
            return Map.of();
        }
        return receipts.findByTicket(ticket).filter(r -> r.getNote() != null)
                .<Map<String, Object>>map(r -> Map.of("receiptNote", r.getNote())).orElse(Map.of());
    }
}

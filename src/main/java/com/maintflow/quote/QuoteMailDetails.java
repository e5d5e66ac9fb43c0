package com.maintflow.quote;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the latest quote's amount and note into the quote mail. */
@Component
class QuoteMailDetails implements NotificationDetails {

    private final Quotes quotes;

    QuoteMailDetails(Quotes quotes) {
        this.quotes = quotes;
    }

    @Override
    public Map<String, Object> detailsFor(String ticket, NotificationTemplate template) {
        var all = quotes.of(ticket);
        if (template != NotificationTemplate.QUOTE || all.isEmpty()) {
            return Map.of();
        }
        var latest = all.get(all.size() - 1);
        Map<String, Object> details = new HashMap<>();
        details.put("quoteAmount", latest.getAmount().toPlainString());
        if (latest.getNote() != null) {
            details.put("quoteNote", latest.getNote());
        }
        return details;
    }
}

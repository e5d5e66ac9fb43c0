package com.maintflow.complaint;

import com.maintflow.notify.NotificationDetails;
import com.maintflow.notify.NotificationTemplate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts a complaint's subject (as the mail's title), contact name and reply into every mail about it. */
@Component
class ComplaintMailDetails implements NotificationDetails {

    private final ComplaintRepository complaints;

    ComplaintMailDetails(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public Map<String, Object> detailsFor(String number, NotificationTemplate template) {
        if (!number.startsWith(Complaints.SERIES + "-")) {
            return Map.of();
        }
        return complaints.findByComplaintNumber(number).<Map<String, Object>>map(complaint -> {
            Map<String, Object> details = new HashMap<>();
            details.put("title", complaint.getSubject());
            details.put("contactName", complaint.getContactName());
            if (template == NotificationTemplate.COMPLAINT_REPLY && complaint.getReplyText() != null) {
                details.put("replyText", complaint.getReplyText());
            }
            return details;
        }).orElse(Map.of());
    }
}

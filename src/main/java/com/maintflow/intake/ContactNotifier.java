package com.maintflow.intake;

import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import org.springframework.stereotype.Component;

/** Sends a ticket's contact person one of the customer-facing notifications. */
@Component
public class ContactNotifier {

    private final MaintenanceRequests requests;
    private final NotificationPort notifications;

    ContactNotifier(MaintenanceRequests requests, NotificationPort notifications) {
        this.requests = requests;
        this.notifications = notifications;
    }

    public void notifyContact(String ticket, NotificationTemplate template) {
        var request = requests.byTicket(ticket);
        notifications.send(new Notification(ticket, template, request.getContactEmail()));
    }
}

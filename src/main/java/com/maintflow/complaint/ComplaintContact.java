package com.maintflow.complaint;

import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import org.springframework.stereotype.Component;

/** Sends a complaint's contact one of the complaint mails, through the outbox. */
@Component
class ComplaintContact {

    private final Complaints complaints;
    private final NotificationPort notifications;

    ComplaintContact(Complaints complaints, NotificationPort notifications) {
        this.complaints = complaints;
        this.notifications = notifications;
    }

    void notify(String number, NotificationTemplate template) {
        notifications.send(new Notification(number, template, complaints.byNumber(number).getContactEmail()));
    }
}

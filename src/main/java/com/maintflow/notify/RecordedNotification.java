package com.maintflow.notify;

import jakarta.persistence.*;
import java.time.Instant;

/** A notification as handed to the port, stored in the same transaction as the step that raised it. */
@Entity
@Table(name = "mf_notification")
public class RecordedNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Enumerated(EnumType.STRING)
    private NotificationTemplate template;

    private String recipient;
    private Instant createdAt;
    private String status;

    protected RecordedNotification() {
    }

    RecordedNotification(Notification notification, Instant createdAt) {
        this.ticket = notification.ticket();
        this.template = notification.template();
        this.recipient = notification.recipient();
        this.createdAt = createdAt;
        this.status = "RECORDED";
    }

    public String getTicket() {
        return ticket;
    }

    public NotificationTemplate getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getStatus() {
        return status;
    }
}

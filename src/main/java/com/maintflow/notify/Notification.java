package com.maintflow.notify;

import java.util.Map;

/**
 * A message to send about a ticket: which template, to whom, and details only the caller knows (e.g. the task
 * name of a staff notice). The adapter renders it from the ticket's records.
 */
public record Notification(String ticket, NotificationTemplate template, String recipient,
                           Map<String, String> details) {

    public Notification {
        details = Map.copyOf(details);
    }

    public Notification(String ticket, NotificationTemplate template, String recipient) {
        this(ticket, template, recipient, Map.of());
    }
}

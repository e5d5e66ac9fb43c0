package com.maintflow.notify;

/** A message to send about a ticket: which template, to whom. The adapter renders it from the ticket. */
public record Notification(String ticket, NotificationTemplate template, String recipient) {
}

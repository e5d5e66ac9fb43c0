package com.maintflow.notify;

/** A notification was stored in the outbox; published in the step's transaction, delivered after it commits. */
public record NotificationRaised(long notificationId, String ticket) {
}

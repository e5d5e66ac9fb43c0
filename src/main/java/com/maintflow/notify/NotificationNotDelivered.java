package com.maintflow.notify;

/** A delivery attempt failed and will be retried; carries the notification's idempotency key. */
class NotificationNotDelivered extends RuntimeException {

    NotificationNotDelivered(String idempotencyKey, Throwable cause) {
        super("Notification " + idempotencyKey + " not delivered, will retry: " + cause.getMessage(), cause);
    }
}

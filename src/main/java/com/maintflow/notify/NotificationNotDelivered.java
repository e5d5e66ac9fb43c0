package com.maintflow.notify;

/** A delivery attempt failed and will be retried; carries the notification's idempotency key. */
class NotificationNotDelivered extends RuntimeException {

    NotificationNotDelivered(String idempotencyKey, Throwable cause) {
        super("Notification " + idempotencyKey + " not delivered, will retry: " + cause.getMessage(), cause);
    }

    /** Not attempted here: another node holds the row; its publication stays incomplete until that send settles. */
    NotificationNotDelivered(String idempotencyKey, String heldBy) {
        super("Notification " + idempotencyKey + " is being sent by " + heldBy + "; left to it");
    }
}

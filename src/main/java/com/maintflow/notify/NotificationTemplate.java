package com.maintflow.notify;

/** The messages MaintFlow sends, one per process event. */
public enum NotificationTemplate {
    REQUEST_RECEIVED,
    RECEIPT,
    QUOTE,
    PLAN_FOR_CONFIRMATION,
    READY_FOR_ACCEPTANCE,
    REQUEST_CLOSED
}

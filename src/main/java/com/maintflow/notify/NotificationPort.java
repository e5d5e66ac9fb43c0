package com.maintflow.notify;

/** Where process steps hand notifications over; implementations must join the caller's transaction. */
public interface NotificationPort {

    void send(Notification notification);
}

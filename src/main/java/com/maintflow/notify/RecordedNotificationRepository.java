package com.maintflow.notify;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded notifications (the outbox) of a ticket, in the order they were raised. */
public interface RecordedNotificationRepository extends JpaRepository<RecordedNotification, Long> {

    List<RecordedNotification> findByTicketOrderByIdAsc(String ticket);

    /** Rows still to be delivered, oldest first. */
    List<RecordedNotification> findByStatusOrderByIdAsc(String status);
}

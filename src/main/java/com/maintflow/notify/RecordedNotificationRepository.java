package com.maintflow.notify;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded notifications of a ticket, in the order they were raised. */
public interface RecordedNotificationRepository extends JpaRepository<RecordedNotification, Long> {

    List<RecordedNotification> findByTicketOrderByIdAsc(String ticket);
}

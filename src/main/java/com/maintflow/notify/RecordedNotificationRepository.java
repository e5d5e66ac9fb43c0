package com.maintflow.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Recorded notifications (the outbox) of a ticket, in the order they were raised. */
public interface RecordedNotificationRepository extends JpaRepository<RecordedNotification, Long> {

    List<RecordedNotification> findByTicketOrderByIdAsc(String ticket);

    /** Rows still to be delivered, oldest first. */
    List<RecordedNotification> findByStatusOrderByIdAsc(String status);

    /**
     * Claims a pending row for one send attempt until {@code until}, unless another node's claim is still running:
     * one conditional UPDATE, so of two nodes racing exactly one gets 1. Bumps the version, so a node still holding
     * the row as read before fails its optimistic lock instead of overwriting.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update RecordedNotification n set n.claimedBy = :node, n.claimedUntil = :until, n.version = n.version + 1"
            + " where n.id = :id and n.status = 'PENDING' and (n.claimedUntil is null or n.claimedUntil < :now)")
    int claim(long id, String node, Instant now, Instant until);

    /**
     * Marks a pending row SENT after its send and releases the claim, in one conditional UPDATE (no read first, to
     * keep the time between the server's accept and this commit short); 0 when the row was no longer pending.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update RecordedNotification n set n.status = 'SENT', n.sentAt = :at, n.attempts = n.attempts + 1,"
            + " n.lastError = null, n.claimedBy = null, n.claimedUntil = null, n.version = n.version + 1"
            + " where n.id = :id and n.status = 'PENDING'")
    int markSent(long id, Instant at);
}

package com.maintflow.notify;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification as handed to the port: the outbox row, stored in the same transaction as the step that raised
 * it, carrying the rendered mail and its delivery state (PENDING → SENT, or FAILED after the last attempt).
 */
@Entity
@Table(name = "mf_notification")
public class RecordedNotification {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Enumerated(EnumType.STRING)
    private NotificationTemplate template;

    private String recipient;
    private Instant createdAt;
    private String status;
    private String idempotencyKey;
    private String subject;
    private String body;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;
    private String claimedBy;
    private Instant claimedUntil;

    @Version
    private long version;

    protected RecordedNotification() {
    }

    RecordedNotification(Notification notification, RenderedMail mail, Instant createdAt) {
        this.ticket = notification.ticket();
        this.template = notification.template();
        this.recipient = notification.recipient();
        this.createdAt = createdAt;
        this.status = PENDING;
        this.idempotencyKey = UUID.randomUUID().toString();
        this.subject = mail.subject();
        this.body = mail.html();
        this.nextAttemptAt = createdAt;
    }

    /** True while the mail still has to go out and its back-off has passed. */
    boolean isDueAt(Instant now) {
        return PENDING.equals(status) && body != null && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    boolean isPending() {
        return PENDING.equals(status) && body != null;
    }

    /** Counts a failed attempt; FAILED once {@code maxAttempts} are used up, else due again at {@code retryAt}. */
    void markAttemptFailed(String error, int maxAttempts, Instant retryAt) {
        attempts++;
        releaseClaim();
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (attempts >= maxAttempts) {
            status = FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** The attempt is over (sent or failed): another node may take the row when it is due again. */
    private void releaseClaim() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** Which node holds the row for a send now, if any (for the log). */
    String getClaimedBy() {
        return claimedBy;
    }

    public Long getId() {
        return id;
    }

    public String getTicket() {
        return ticket;
    }

    public NotificationTemplate getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getStatus() {
        return status;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

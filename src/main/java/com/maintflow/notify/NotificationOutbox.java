package com.maintflow.notify;

import com.maintflow.notify.webhook.WebhookNotDelivered;
import com.maintflow.notify.webhook.WebhookTransport;
import com.maintflow.system.Actors;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox rows over SMTP — or, for {@link NotificationTemplate#WEBHOOK} rows, as a signed HTTP POST — each
 * at most once: a SENT row is never sent again, and every attempt carries the same Message-ID (derived from the
 * idempotency key; a webhook: the same {@code Idempotency-Key}) so a receiver can drop the duplicate of a send whose
 * SENT mark was lost. A failed attempt is counted and backed off; the last one marks the row FAILED.
 */
@Service
public class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);
    /** This node in claims and logs: {@code pid@host}. */
    static final String NODE = clip(ManagementFactory.getRuntimeMXBean().getName(), 100);

    private final RecordedNotificationRepository notifications;
    private final JavaMailSender mailSender;
    private final NotifySettings settings;
    private final TransactionTemplate transactions;
    private final Actors actors;
    private final WebhookTransport webhooks;

    NotificationOutbox(RecordedNotificationRepository notifications, JavaMailSender mailSender,
                       NotifySettings settings, TransactionTemplate transactions, Actors actors,
                       WebhookTransport webhooks) {
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transactions = transactions;
        this.actors = actors;
    }

    /** True when the row waits for delivery and its back-off has passed. */
    public boolean isDue(long notificationId) {
        return notifications.findById(notificationId).map(row -> row.isDueAt(actors.now())).orElse(false);
    }

    /**
     * True when the row no longer waits (sent, failed for good, or gone): its publication can only still be
     * incomplete because a node died between marking the row and the registry marking the publication complete.
     */
    public boolean isSettled(long notificationId) {
        return notifications.findById(notificationId).map(row -> !row.isPending()).orElse(true);
    }

    /** Every row that is due, oldest first: what a retry sweep or an operator re-sends. */
    public List<Long> dueIds() {
        var now = actors.now();
        return notifications.findByStatusOrderByIdAsc(RecordedNotification.PENDING).stream()
                .filter(row -> row.isDueAt(now)).map(RecordedNotification::getId).toList();
    }

    /**
     * Sends one row if it still waits. Throws when the attempt failed and another will follow, so whoever drives
     * delivery (the event publication registry) keeps it incomplete and resubmits it later.
     */
    public void deliver(long notificationId) {
        var row = notifications.findById(notificationId).orElse(null);
        if (row == null || !row.isPending()) {
            return;
        }
        // Claimed before talking to SMTP: two live nodes (a sweep and a first delivery, or two sweeps) never send the
        // same row at once. What stays is a node dying between the server's accept and the SENT commit; the lease
        // then lapses and the row goes again with the same Message-ID, which receivers use to drop it.
        if (!claim(notificationId)) {
            var current = notifications.findById(notificationId).orElse(null);
            if (current == null || !current.isPending()) {
                return; // settled by the other node meanwhile
            }
            throw new NotificationNotDelivered(row.getIdempotencyKey(), current.getClaimedBy());
        }
        // Claim committed: from the "Sending" line to the "sent" line a kill -9 may leave a mail the server already
        // accepted but the row still PENDING, to go again with the same id once the claim lapses. The two lines,
        // with node and id, are what bench/cluster.sh matches a repeat against.
        String deliveryId = deliveryIdOf(row);
        log.info("Sending notification {} ({} for {}) as {} on node {}", notificationId, row.getTemplate(),
                row.getTicket(), deliveryId, NODE);
        try {
            if (row.getTemplate() == NotificationTemplate.WEBHOOK) {
                webhooks.post(row.getRecipient(), row.getIdempotencyKey(), row.getSubject(), row.getCreatedAt(),
                        row.getBody());
            } else {
                mailSender.send(mimeMessageOf(row, deliveryId));
            }
        } catch (MailException | MessagingException | WebhookNotDelivered e) {
            boolean hopeless = e instanceof WebhookNotDelivered undelivered && undelivered.isFinal();
            if (recordFailure(notificationId, e, hopeless)) {
                throw new NotificationNotDelivered(row.getIdempotencyKey(), e);
            }
            return;
        }
        markSent(notificationId, row, deliveryId);
    }

    /**
     * One conditional UPDATE right after the server's accept (no read first): the shorter this commit, the fewer
     * mails a node killed mid-send leaves to go twice.
     */
    private void markSent(long notificationId, RecordedNotification row, String deliveryId) {
        Integer marked = transactions.execute(tx -> notifications.markSent(notificationId, actors.now()));
        if (marked == null || marked == 0) {
            // Our claim lapsed during the send and another node settled the row: the receiver got it twice.
            log.warn("Notification {} ({} for {}) sent as {} by node {}, but another node had settled it meanwhile",
                    notificationId, row.getTemplate(), row.getTicket(), deliveryId, NODE);
            return;
        }
        log.info("Notification {} ({} for {}) sent as {} by node {}", notificationId, row.getTemplate(),
                row.getTicket(), deliveryId, NODE);
    }

    private boolean claim(long notificationId) {
        var now = actors.now();
        return Boolean.TRUE.equals(transactions.execute(tx ->
                notifications.claim(notificationId, NODE, now, now.plus(settings.claimLease())) == 1));
    }

    private static String clip(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }

    /** Records the failed attempt; true when another attempt will follow ({@code hopeless}: none will). */
    private boolean recordFailure(long notificationId, Exception cause, boolean hopeless) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            var row = notifications.findById(notificationId).orElseThrow();
            row.markAttemptFailed(cause.getMessage(), hopeless ? 1 : settings.maxAttempts(),
                    actors.now().plus(settings.backoffAfter(row.getAttempts() + 1)));
            notifications.save(row);
            log.warn("Notification {} ({} for {}) not sent by node {} (attempt {}): {}", notificationId,
                    row.getTemplate(), row.getTicket(), NODE, row.getAttempts(), cause.getMessage());
            return row.isPending();
        }));
    }

    /** What the receiver sees to drop a repeat: the mail's Message-ID, or a webhook's Idempotency-Key. */
    private String deliveryIdOf(RecordedNotification row) {
        return row.getTemplate() == NotificationTemplate.WEBHOOK ? row.getIdempotencyKey()
                : "<" + row.getIdempotencyKey() + "@" + settings.messageIdDomain() + ">";
    }

    private MimeMessage mimeMessageOf(RecordedNotification row, String messageId) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(row.getRecipient());
        helper.setSubject(row.getSubject());
        helper.setText(row.getBody(), true);
        // JavaMailSenderImpl keeps a Message-ID set before sending.
        message.setHeader("Message-ID", messageId);
        return message;
    }
}

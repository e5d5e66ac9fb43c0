package com.maintflow.notify;

import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each {@link NotificationRaised} after its transaction commits, off the caller's thread. Spring Modulith's
 * event publication registry stored the publication with the step and marks it complete only when this listener
 * returns; a sweep resubmits the incomplete ones whose back-off has passed.
 */
@Component
class NotificationDelivery {

    private final NotificationOutbox outbox;
    private final IncompleteEventPublications incomplete;
    private final NotifySettings settings;
    private final Clock clock;

    NotificationDelivery(NotificationOutbox outbox, IncompleteEventPublications incomplete, NotifySettings settings,
                         Clock clock) {
        this.outbox = outbox;
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = clock;
    }

    // Not @Transactional: a failed attempt must be recorded (committed) and still leave the publication incomplete.
    @Async
    @TransactionalEventListener
    void on(NotificationRaised raised) {
        outbox.deliver(raised.notificationId());
    }

    @Scheduled(fixedDelayString = "${maintflow.notify.retry-sweep:PT30S}",
            initialDelayString = "${maintflow.notify.retry-sweep:PT30S}")
    void resubmitDue() {
        // Only publications older than the grace period, so the sweep never races the first post-commit delivery.
        // Also those whose row is already settled: a node killed after marking the row SENT but before the registry
        // completed the publication left it incomplete for ever (seen in bench/cluster.sh); resubmitted, the
        // listener sends nothing (the row is not pending) and the publication is completed.
        Instant settled = clock.instant().minus(settings.resubmitGrace());
        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof NotificationRaised raised
                        && !publication.getPublicationDate().isAfter(settled)
                        && (outbox.isDue(raised.notificationId()) || outbox.isSettled(raised.notificationId())));
    }
}

package com.maintflow.notify;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every notification into the outbox: renders it, stores the row and publishes {@link NotificationRaised},
 * all in the caller's transaction, so a rolled-back step leaves neither row nor publication behind.
 */
@Component
class RecordingNotificationAdapter implements NotificationPort {

    private static final Logger log = LoggerFactory.getLogger(RecordingNotificationAdapter.class);

    private final RecordedNotificationRepository notifications;
    private final NotificationRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Timeline timeline;
    private final Actors actors;

    RecordingNotificationAdapter(RecordedNotificationRepository notifications, NotificationRenderer renderer,
                                 ApplicationEventPublisher events, Timeline timeline, Actors actors) {
        this.notifications = notifications;
        this.renderer = renderer;
        this.events = events;
        this.timeline = timeline;
        this.actors = actors;
    }

    @Override
    @Transactional
    public void send(Notification notification) {
        var row = notifications.save(new RecordedNotification(notification, renderer.render(notification),
                actors.now()));
        events.publishEvent(new NotificationRaised(row.getId(), notification.ticket()));
        // The timeline is what the customer's status page shows: staff notices (and staff addresses) stay off it.
        if (notification.template().isForCustomer() && notification.template().isAboutTicket()) {
            timeline.append(notification.ticket(), "NOTIFICATION_" + notification.template(), Actors.SYSTEM,
                    "通知 / Notified " + notification.recipient());
        }
        log.info("Notification {} for {} queued as {}", notification.template(), notification.ticket(),
                row.getIdempotencyKey());
    }
}

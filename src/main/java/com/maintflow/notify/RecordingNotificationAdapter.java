package com.maintflow.notify;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records every notification with recipient, template and ticket; e-mail delivery reads these rows later. */
@Component
class RecordingNotificationAdapter implements NotificationPort {

    private static final Logger log = LoggerFactory.getLogger(RecordingNotificationAdapter.class);

    private final RecordedNotificationRepository notifications;
    private final Timeline timeline;
    private final Actors actors;

    RecordingNotificationAdapter(RecordedNotificationRepository notifications, Timeline timeline, Actors actors) {
        this.notifications = notifications;
        this.timeline = timeline;
        this.actors = actors;
    }

    @Override
    @Transactional
    public void send(Notification notification) {
        notifications.save(new RecordedNotification(notification, actors.now()));
        timeline.append(notification.ticket(), "NOTIFICATION_" + notification.template(), Actors.SYSTEM,
                "通知 / Notified " + notification.recipient());
        log.info("Notification {} for {} recorded", notification.template(), notification.ticket());
    }
}

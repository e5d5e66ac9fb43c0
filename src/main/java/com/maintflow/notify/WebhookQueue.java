package com.maintflow.notify;

import com.maintflow.notify.webhook.WebhookTransport;
import com.maintflow.system.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a webhook delivery into the mail outbox: a {@link NotificationTemplate#WEBHOOK} row whose recipient names the
 * subscription and whose body is the JSON to POST, stored and published in the caller's transaction exactly like a
 * mail, so it is retried, backed off and sent after commit by the same machinery.
 */
@Component
public class WebhookQueue {

    private final RecordedNotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Actors actors;

    WebhookQueue(RecordedNotificationRepository notifications, ApplicationEventPublisher events, Actors actors) {
        this.notifications = notifications;
        this.events = events;
        this.actors = actors;
    }

    @Transactional
    public void enqueue(String key, long subscriptionId, String event, String json) {
        var row = notifications.save(new RecordedNotification(new Notification(key, NotificationTemplate.WEBHOOK,
                WebhookTransport.RECIPIENT_PREFIX + subscriptionId), new RenderedMail(event, json), actors.now()));
        events.publishEvent(new NotificationRaised(row.getId(), key));
    }
}

package com.maintflow.notify.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.notify.WebhookQueue;
import com.maintflow.timeline.TimelineAppended;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every timeline event (request received, reviewed, SLA warning or breach, accepted, closed, archived, complaint
 * received …) becomes one outbox delivery per active subscription that wants it, in the transaction that recorded
 * the event: no event is announced that did not happen, none that happened is lost.
 */
@Component
class WebhookEvents {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookQueue queue;
    private final ObjectMapper json;

    WebhookEvents(WebhookSubscriptionRepository subscriptions, WebhookQueue queue, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.json = json;
    }

    @EventListener
    void on(TimelineAppended appended) {
        var wanting = subscriptions.findByActiveTrueOrderByIdAsc().stream()
                .filter(subscription -> subscription.wants(appended.event())).toList();
        if (wanting.isEmpty()) {
            return;
        }
        String body = body(appended);
        wanting.forEach(subscription -> queue.enqueue(appended.key(), subscription.getId(), appended.event(), body));
    }

    private String body(TimelineAppended appended) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", appended.event());
        body.put("subject", appended.key());
        body.put("occurredAt", appended.occurredAt().toString());
        body.put("detail", appended.detail());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Webhook body cannot be written as JSON", e);
        }
    }
}

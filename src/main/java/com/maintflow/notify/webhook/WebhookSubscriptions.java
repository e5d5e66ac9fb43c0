package com.maintflow.notify.webhook;

import com.maintflow.system.Actors;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** Makes, lists and removes webhook subscriptions; a URL the SSRF guard refuses is a 400 naming the field. */
@Service
@Transactional
class WebhookSubscriptions {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final Actors actors;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookTargets targets, Actors actors) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.actors = actors;
    }

    WebhookSubscription subscribe(String url, List<String> events, String secret) {
        targets.refusal(url).ifPresent(refusal -> {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The webhook URL " + refusal);
            problem.setProperty("errors", List.of(Map.of("field", "url", "message", refusal)));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        });
        return subscriptions.save(new WebhookSubscription(url, events.stream().distinct().toList(), secret,
                actors.current(), actors.now()));
    }

    @Transactional(readOnly = true)
    List<WebhookSubscription> all() {
        return subscriptions.findAllByOrderByIdAsc();
    }

    /** Deactivates it (queued deliveries then stop as "removed"); false if there is no such subscription. */
    boolean remove(long id) {
        return subscriptions.findById(id).map(subscription -> {
            subscription.deactivate();
            return true;
        }).orElse(false);
    }
}

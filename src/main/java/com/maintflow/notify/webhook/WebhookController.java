package com.maintflow.notify.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions, for administrators: subscribe a URL to events, list them, remove one. */
@RestController
@RequestMapping(path = "/api/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookController {

    /** A new subscription: the secret is at least 32 characters, like the link secret, and never shown again. */
    record SubscriptionInput(
            @NotBlank @Size(max = 500) String url,
            @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\*|[A-Z][A-Z0-9_]{1,59}") String> events,
            @NotBlank @Size(min = 32, max = 200) String secret) {
    }

    /** A subscription as the API shows it, without its secret. */
    record SubscriptionView(long id, String url, List<String> events, boolean active, String createdBy,
                            Instant createdAt) {

        static SubscriptionView of(WebhookSubscription subscription) {
            return new SubscriptionView(subscription.getId(), subscription.getUrl(), subscription.eventList(),
                    subscription.isActive(), subscription.getCreatedBy(), subscription.getCreatedAt());
        }
    }

    private final WebhookSubscriptions subscriptions;

    WebhookController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionInput input) {
        var subscription = subscriptions.subscribe(input.url(), input.events(), input.secret());
        return ResponseEntity.created(URI.create("/api/webhooks/" + subscription.getId()))
                .body(SubscriptionView.of(subscription));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        if (!subscriptions.remove(id)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No webhook subscription " + id), null);
        }
    }
}

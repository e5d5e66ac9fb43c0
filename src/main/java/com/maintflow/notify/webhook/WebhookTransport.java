package com.maintflow.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs one webhook delivery: the JSON body as stored in the outbox, signed with the subscription's secret. Every
 * attempt of a delivery is byte-for-byte the same (body, timestamp, signature, {@code Idempotency-Key}), so a
 * receiver that saw it once can drop the repeat. Only a 2xx answer counts as delivered.
 */
@Component
public class WebhookTransport {

    /** {@code webhook:<subscription id>}: the outbox row's recipient. */
    public static final String RECIPIENT_PREFIX = "webhook:";
    static final String SIGNATURE = "X-MaintFlow-Signature";
    static final String TIMESTAMP = "X-MaintFlow-Timestamp";
    static final String EVENT = "X-MaintFlow-Event";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final HttpClient client;

    WebhookTransport(WebhookSubscriptionRepository subscriptions, WebhookTargets targets, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void post(String recipient, String idempotencyKey, String event, Instant createdAt, String body)
            throws WebhookNotDelivered {
        long id = Long.parseLong(recipient.substring(RECIPIENT_PREFIX.length()));
        var subscription = subscriptions.findById(id).filter(WebhookSubscription::isActive).orElseThrow(
                () -> new WebhookNotDelivered("subscription " + id + " was removed", true, null));
        var refusal = targets.refusal(subscription.getUrl());
        if (refusal.isPresent()) {
            throw new WebhookNotDelivered("URL " + refusal.get(), true, null);
        }
        String timestamp = String.valueOf(createdAt.getEpochSecond());
        var request = HttpRequest.newBuilder(URI.create(subscription.getUrl())).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(EVENT, event)
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "sha256=" + sign(subscription.getSecret(), timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new WebhookNotDelivered(e.toString(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookNotDelivered("interrupted", false, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new WebhookNotDelivered("HTTP " + response.statusCode(), false, null);
        }
    }

    /** Hex HMAC-SHA256 of {@code payload} under {@code secret}: what a receiver recomputes to trust the body. */
    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

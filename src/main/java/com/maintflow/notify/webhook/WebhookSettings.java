package com.maintflow.notify.webhook;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery under {@code maintflow.webhooks}: how long to wait for a receiver, and which host names may
 * resolve to private, loopback or link-local addresses (none by default: a subscription pointing into the network
 * MaintFlow runs in would let an administrator's typo, or a stolen admin password, probe it — SSRF). Retries and
 * back-off are the mail outbox's ({@code maintflow.notify}).
 */
@ConfigurationProperties("maintflow.webhooks")
public record WebhookSettings(
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue Set<String> privateHostsAllowed) {
}

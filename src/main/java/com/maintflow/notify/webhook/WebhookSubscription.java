package com.maintflow.notify.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An external system that wants to hear about events: where to POST, which timeline events, and the secret the
 * deliveries are signed with. The secret is write-only: no API answer carries it.
 */
@Entity
@Table(name = "mf_webhook_subscription")
public class WebhookSubscription {

    static final String ALL = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;
    private String events;
    private String secret;
    private boolean active;
    private String createdBy;
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, List<String> events, String secret, String createdBy, Instant createdAt) {
        this.url = url;
        this.events = String.join(",", events);
        this.secret = secret;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean wants(String event) {
        return active && eventList().stream().anyMatch(wanted -> wanted.equals(ALL) || wanted.equals(event));
    }

    void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> eventList() {
        return Arrays.asList(events.split(","));
    }

    String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package com.maintflow.timeline;

import java.time.Instant;

/**
 * Something happened to a ticket (or complaint, inspection, training): published inside the transaction that
 * appended it, so listeners that store their own effect (the webhook outbox) commit or roll back with it.
 */
public record TimelineAppended(String key, String event, Instant occurredAt, String detail) {
}

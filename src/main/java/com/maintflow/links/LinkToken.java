package com.maintflow.links;

import java.time.Instant;

/** A verified link token's claims: its single-use id, the ticket, the question it answers, and until when. */
public record LinkToken(String id, String ticket, LinkAction action, Instant expiresAt) {
}

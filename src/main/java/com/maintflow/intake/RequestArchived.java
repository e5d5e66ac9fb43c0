package com.maintflow.intake;

/**
 * Published in the transaction that archives a request: the ticket is closed, so other capabilities end what they
 * still keep open for it (e.g. its SLA escalations) without the register knowing them.
 */
public record RequestArchived(String ticket) {
}

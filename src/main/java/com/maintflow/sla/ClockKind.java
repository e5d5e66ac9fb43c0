package com.maintflow.sla;

/** The three SLA clocks a ticket can carry. */
public enum ClockKind {
    /** Received until the first staff action on the review (claim or completion). */
    RESPONSE,
    /** Received until the customer accepts the fix. */
    RESOLUTION,
    /** Deep maintenance: received until the maintenance plan is sent to the customer. */
    PLAN
}

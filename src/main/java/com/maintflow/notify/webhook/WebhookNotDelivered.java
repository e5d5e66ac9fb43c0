package com.maintflow.notify.webhook;

/**
 * A delivery attempt failed. {@link #isFinal()}: retrying cannot help (the subscription was removed, or its URL is
 * no longer allowed), so the outbox gives the row up at once instead of backing off.
 */
public class WebhookNotDelivered extends Exception {

    private final boolean isFinal;

    WebhookNotDelivered(String message, boolean isFinal, Throwable cause) {
        super(message, cause);
        this.isFinal = isFinal;
    }

    public boolean isFinal() {
        return isFinal;
    }
}

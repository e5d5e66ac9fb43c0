package com.maintflow.notify;

import java.util.Map;

/**
 * Hook for signed links a customer can act on from a mail (approve a quote, confirm a plan, accept the work).
 * Optional: without an implementation the mails carry no links. Labels are bilingual, values absolute URLs.
 */
public interface CustomerActionLinks {

    /** Label → URL, in display order; empty when {@code template} offers no action. */
    Map<String, String> actionsFor(String ticket, NotificationTemplate template);
}

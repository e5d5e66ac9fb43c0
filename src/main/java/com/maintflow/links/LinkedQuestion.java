package com.maintflow.links;

import java.util.List;
import java.util.Set;

/**
 * A question another service process (a complaint reply, a satisfaction survey) asks its customer through a signed
 * link: that
 * capability implements it, so this one offers its links without depending on it. Keys are the process's business
 * key; whether the process waits is checked here, by the action's message name.
 */
public interface LinkedQuestion {

    /** One labelled line the link page shows about what is answered. */
    record Detail(String label, String value) {
    }

    /** The link actions this capability answers. */
    Set<LinkAction> actions();

    /** True while the key's process waits for this capability's answer, so a link may still answer it. */
    boolean isWaiting(String key);

    /** The subject the page names next to the key. */
    String titleOf(String key);

    /** What the customer is answering, shown on the link page. */
    List<Detail> detailsOf(String key);

    /**
     * Records the answer as the key's contact and moves the process on, in the caller's transaction; throws
     * {@link com.maintflow.answer.NotAwaitingAnswerException} when the process no longer waits for it.
     */
    void answer(String key, LinkAction action, LinkAnswer answer);
}

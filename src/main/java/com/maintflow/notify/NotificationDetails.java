package com.maintflow.notify;

import java.util.Map;

/**
 * Lets a capability put its facts into a ticket's mails (title, quote amount, summary) without the notify
 * capability depending on it. Values are rendered with {@code th:text}, so customer input is escaped.
 */
public interface NotificationDetails {

    /** Model entries for {@code template}; empty when this capability has nothing to add. */
    Map<String, Object> detailsFor(String ticket, NotificationTemplate template);
}

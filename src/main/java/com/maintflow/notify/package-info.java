/**
 * Notifications to customers and staff by e-mail through a transactional outbox: the port stores each rendered mail
 * with the step that raised it, and delivery over SMTP happens after commit, with retries, once per notification.
 */
package com.maintflow.notify;

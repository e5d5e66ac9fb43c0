/**
 * Notifications to customers and staff through a port. For now the adapter records each one (the
 * outbox row real e-mail delivery will send from); the process never talks to SMTP directly.
 */
package com.maintflow.notify;

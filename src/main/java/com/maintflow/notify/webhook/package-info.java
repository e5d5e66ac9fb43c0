/**
 * Webhooks: administrators' subscriptions of external URLs to timeline events, delivered as signed JSON POSTs
 * through the notification outbox, behind an SSRF guard.
 */
package com.maintflow.notify.webhook;

/**
 * Service levels: SLA targets per contract (sla-targets.dmn), clocks on the ticket, escalation, breaches and
 * penalties. The calendars the clocks run on are the {@code calendar} capability's.
 */
package com.maintflow.sla;

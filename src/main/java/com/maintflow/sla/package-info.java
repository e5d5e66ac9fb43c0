/**
 * Service levels: business calendars (7×24, working hours with China's public holidays and make-up
 * working days), SLA targets per contract, clocks on the ticket, escalation, breaches and penalties.
 */
package com.maintflow.sla;

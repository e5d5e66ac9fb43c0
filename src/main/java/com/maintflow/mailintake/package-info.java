/**
 * E-mail intake: polls an IMAP mailbox and turns each new mail, exactly once, into a request, a timeline entry on
 * the ticket it replies to, or a triage task for customer service.
 */
package com.maintflow.mailintake;

package com.maintflow.mailintake;

import jakarta.persistence.*;
import java.time.Instant;

/** Proof that a mail (by Message-ID) was handled, stored in the same transaction as what it caused. */
@Entity
@Table(name = "mf_processed_mail")
class ProcessedMail {

    /** What a mail turned into. */
    enum Outcome { NEW_REQUEST, NEW_COMPLAINT, REPLY, TRIAGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageId;
    private String sender;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String ticket;
    private Instant processedAt;

    protected ProcessedMail() {
    }

    ProcessedMail(String messageId, String sender, Outcome outcome, String ticket, Instant processedAt) {
        this.messageId = messageId;
        this.sender = sender;
        this.outcome = outcome;
        this.ticket = ticket;
        this.processedAt = processedAt;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getTicket() {
        return ticket;
    }
}

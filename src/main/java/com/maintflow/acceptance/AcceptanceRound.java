package com.maintflow.acceptance;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One acceptance round: the customer accepted the fix or sent it back, with a note. */
@Entity
@Immutable
@Table(name = "mf_acceptance_round")
public class AcceptanceRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private int roundNumber;
    private boolean accepted;
    private String note;
    private String answeredBy;
    private Instant answeredAt;

    protected AcceptanceRound() {
    }

    AcceptanceRound(String ticket, int roundNumber, boolean accepted, String note, String answeredBy, Instant answeredAt) {
        this.ticket = ticket;
        this.roundNumber = roundNumber;
        this.accepted = accepted;
        this.note = note;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public String getTicket() {
        return ticket;
    }

    public int getRoundNumber() {
        return roundNumber;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getNote() {
        return note;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

package com.maintflow.closure;

import jakarta.persistence.*;
import java.time.Instant;

/** 维护总结: written from the records and the customer's opinion; confirmed once before archiving. */
@Entity
@Table(name = "mf_maintenance_summary")
public class MaintenanceSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String summary;
    private String writtenBy;
    private Instant writtenAt;
    private String confirmedBy;
    private Instant confirmedAt;

    protected MaintenanceSummary() {
    }

    MaintenanceSummary(String ticket) {
        this.ticket = ticket;
    }

    /** Writes or, after it was sent back, rewrites the summary; a confirmed summary is final. */
    void write(String text, String by, Instant at) {
        if (confirmedAt != null) {
            throw new IllegalStateException("Summary of " + ticket + " is confirmed and cannot change");
        }
        this.summary = text;
        this.writtenBy = by;
        this.writtenAt = at;
    }

    void confirm(String by, Instant at) {
        if (confirmedAt != null) {
            throw new IllegalStateException("Summary of " + ticket + " is already confirmed");
        }
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public String getTicket() {
        return ticket;
    }

    public String getSummary() {
        return summary;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}

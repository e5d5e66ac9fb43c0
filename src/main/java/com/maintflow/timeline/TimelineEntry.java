package com.maintflow.timeline;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One thing that happened to a ticket. Entries are only ever added. */
@Entity
@Immutable
@Table(name = "mf_timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private Instant occurredAt;
    private String event;
    private String actor;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(String ticket, Instant occurredAt, String event, String actor, String detail) {
        this.ticket = ticket;
        this.occurredAt = occurredAt;
        this.event = event;
        this.actor = actor;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public String getTicket() {
        return ticket;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getEvent() {
        return event;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}

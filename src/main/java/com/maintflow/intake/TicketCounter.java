package com.maintflow.intake;

import jakarta.persistence.*;
import java.io.Serializable;

/** The last number handed out in one series ({@code MR}, {@code CP}) and year; one row each, locked while incremented. */
@Entity
@Table(name = "mf_ticket_counter")
@IdClass(TicketCounter.Key.class)
class TicketCounter {

    /** Series and year, the counter's primary key. */
    record Key(String series, Integer year) implements Serializable {
        @SuppressWarnings("unused") // JPA
        Key() {
            this(null, null);
        }
    }

    @Id
    private String series;

    @Id
    @Column(name = "ticket_year")
    private Integer year;

    private long lastNumber;

    protected TicketCounter() {
    }

    long next() {
        return ++lastNumber;
    }
}

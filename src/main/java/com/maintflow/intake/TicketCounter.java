package com.maintflow.intake;

import jakarta.persistence.*;

/** The last ticket number handed out in one year; one row per year, locked while incremented. */
@Entity
@Table(name = "mf_ticket_counter")
class TicketCounter {

    @Id
    @Column(name = "ticket_year")
    private Integer year;

    private long lastNumber;

    protected TicketCounter() {
    }

    TicketCounter(int year) {
        this.year = year;
    }

    long next() {
        return ++lastNumber;
    }
}

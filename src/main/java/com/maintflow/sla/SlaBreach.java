package com.maintflow.sla;

import jakarta.persistence.*;
import java.time.Instant;

/** A missed SLA deadline, recorded once per ticket and clock; {@code actualAt} is when it was met or noticed late. */
@Entity
@Table(name = "mf_sla_breach")
class SlaBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Enumerated(EnumType.STRING)
    private ClockKind clock;

    private String contractNumber;
    private Instant dueAt;
    private Instant actualAt;
    private long workingMinutesOver;

    protected SlaBreach() {
    }

    SlaBreach(SlaClock late, Instant actualAt, long workingMinutesOver) {
        this.ticket = late.getTicket();
        this.clock = late.getClock();
        this.contractNumber = late.getContractNumber();
        this.dueAt = late.getDueAt();
        this.actualAt = actualAt;
        this.workingMinutesOver = workingMinutesOver;
    }

    /** A breach first noticed while the clock ran gets its final lateness when the clock stops. */
    void settle(Instant stoppedAt, long minutesOver) {
        this.actualAt = stoppedAt;
        this.workingMinutesOver = minutesOver;
    }

    String getTicket() {
        return ticket;
    }

    ClockKind getClock() {
        return clock;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getActualAt() {
        return actualAt;
    }

    long getWorkingMinutesOver() {
        return workingMinutesOver;
    }
}

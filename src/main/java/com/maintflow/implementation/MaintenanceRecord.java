package com.maintflow.implementation;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** 支持维护记录: cause, solution and time spent for one round of implementation. */
@Entity
@Immutable
@Table(name = "mf_maintenance_record")
public class MaintenanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private int roundNumber;
    private String rootCause;
    private String solution;
    private BigDecimal hoursSpent;
    private String engineer;
    private Instant recordedAt;
    /** The engineer ticked 不入知识库 / keep out of the knowledge base (e.g. a customer-specific workaround). */
    private boolean keptOutOfKnowledgeBase;

    protected MaintenanceRecord() {
    }

    MaintenanceRecord(String ticket, int roundNumber, String rootCause, String solution, BigDecimal hoursSpent,
                      String engineer, Instant recordedAt, boolean keptOutOfKnowledgeBase) {
        if (hoursSpent.signum() < 0) {
            throw new IllegalArgumentException("hoursSpent for " + ticket + " must not be negative");
        }
        this.ticket = ticket;
        this.roundNumber = roundNumber;
        this.rootCause = rootCause;
        this.solution = solution;
        this.hoursSpent = hoursSpent;
        this.engineer = engineer;
        this.recordedAt = recordedAt;
        this.keptOutOfKnowledgeBase = keptOutOfKnowledgeBase;
    }

    public String getTicket() {
        return ticket;
    }

    public int getRoundNumber() {
        return roundNumber;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getSolution() {
        return solution;
    }

    public BigDecimal getHoursSpent() {
        return hoursSpent;
    }

    public String getEngineer() {
        return engineer;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isKeptOutOfKnowledgeBase() {
        return keptOutOfKnowledgeBase;
    }
}

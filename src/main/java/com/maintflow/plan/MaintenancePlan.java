package com.maintflow.plan;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a plan: mode, details and schedule, and whether the customer confirmed it. */
@Entity
@Table(name = "mf_maintenance_plan")
public class MaintenancePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private int version;
    private String summary;
    private LocalDate dueDate;
    private String preparedBy;
    private Instant preparedAt;
    private Boolean confirmed;
    private String answeredBy;
    private Instant answeredAt;

    protected MaintenancePlan() {
    }

    MaintenancePlan(String ticket, int version, String summary, LocalDate dueDate, String preparedBy, Instant preparedAt) {
        this.ticket = ticket;
        this.version = version;
        this.summary = summary;
        this.dueDate = dueDate;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    void answer(boolean confirmed, String by, Instant at) {
        if (this.confirmed != null) {
            throw new IllegalStateException("Plan version " + version + " of " + ticket + " was already answered");
        }
        this.confirmed = confirmed;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public String getTicket() {
        return ticket;
    }

    public int getVersion() {
        return version;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Boolean getConfirmed() {
        return confirmed;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

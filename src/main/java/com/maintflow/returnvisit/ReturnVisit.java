package com.maintflow.returnvisit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One due return visit of a contract: its call attempts, whom customer service reached and what they said. */
@Entity
@Table(name = "mf_return_visit")
public class ReturnVisit {

    /** CALLING while calls are being tried, DONE once reached, UNREACHABLE after the last failed try. */
    public enum Status { CALLING, DONE, UNREACHABLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String visitKey;
    private String contractNumber;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private String calledContact;
    private String calledBy;
    private boolean reached;
    private Integer satisfaction;
    private String remarks;
    private String raisedTicket;
    private Instant completedAt;

    protected ReturnVisit() {
    }

    ReturnVisit(String visitKey, String contractNumber, LocalDate dueOn) {
        this.visitKey = visitKey;
        this.contractNumber = contractNumber;
        this.dueOn = dueOn;
        this.status = Status.CALLING;
    }

    /** One call; the {@code maxAttempts}-th unanswered one makes the visit unreachable. Returns the attempt number. */
    int call(String contact, String actor, boolean reached, Integer satisfaction, String remarks, int maxAttempts,
             Instant at) {
        if (status != Status.CALLING) {
            throw new IllegalStateException("Return visit " + visitKey + " is " + status);
        }
        attempts++;
        this.calledContact = contact;
        this.calledBy = actor;
        this.reached = reached;
        this.satisfaction = satisfaction;
        this.remarks = remarks;
        if (reached || attempts >= maxAttempts) {
            status = reached ? Status.DONE : Status.UNREACHABLE;
            completedAt = at;
        }
        return attempts;
    }

    void raised(String ticket) {
        this.raisedTicket = ticket;
    }

    public String getVisitKey() {
        return visitKey;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getCalledContact() {
        return calledContact;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public boolean isReached() {
        return reached;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getRaisedTicket() {
        return raisedTicket;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}

package com.maintflow.complaint;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A corrective or preventive action (纠正/预防措施) taken on a complaint: what, who owns it, by when, done yet. */
@Entity
@Table(name = "mf_complaint_action")
public class CorrectiveAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private String action;
    private String owner;
    private LocalDate dueDate;
    private boolean done;
    private Instant recordedAt;
    private String recordedBy;

    protected CorrectiveAction() {
    }

    CorrectiveAction(Complaint complaint, String action, String owner, LocalDate dueDate, boolean done,
                     Instant recordedAt, String recordedBy) {
        this.complaint = complaint;
        this.action = action;
        this.owner = owner;
        this.dueDate = dueDate;
        this.done = done;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

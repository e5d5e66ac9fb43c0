package com.maintflow.review;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** 用户问题反馈及落实情况表: how the request was classified at review, by whom, and why. */
@Entity
@Immutable
@Table(name = "mf_feedback_sheet")
public class FeedbackSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String maintenanceType;
    private String serviceKind;
    private String severity;
    private String reviewOutcome;
    private boolean withinSpecScope;
    private boolean customerCaused;
    private String reviewNote;
    private String reviewedBy;
    private Instant reviewedAt;

    protected FeedbackSheet() {
    }

    FeedbackSheet(String ticket, ReviewRequestListener.Review review, String reviewedBy, Instant reviewedAt) {
        this.ticket = ticket;
        this.maintenanceType = review.classification().maintenanceType();
        this.serviceKind = review.classification().serviceKind();
        this.severity = review.classification().severity();
        this.reviewOutcome = review.classification().reviewOutcome();
        this.withinSpecScope = review.withinSpecScope();
        this.customerCaused = review.customerCaused();
        this.reviewNote = review.note();
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public String getTicket() {
        return ticket;
    }

    public String getMaintenanceType() {
        return maintenanceType;
    }

    public String getServiceKind() {
        return serviceKind;
    }

    public String getSeverity() {
        return severity;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public boolean isWithinSpecScope() {
        return withinSpecScope;
    }

    public boolean isCustomerCaused() {
        return customerCaused;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}

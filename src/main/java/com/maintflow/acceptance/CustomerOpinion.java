package com.maintflow.acceptance;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** 客户意见: the customer's satisfaction (1–5) and opinion after acceptance. */
@Entity
@Immutable
@Table(name = "mf_customer_opinion")
public class CustomerOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private int satisfaction;
    private String opinion;
    private String recordedBy;
    private Instant recordedAt;

    protected CustomerOpinion() {
    }

    CustomerOpinion(String ticket, int satisfaction, String opinion, String recordedBy, Instant recordedAt) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("satisfaction for " + ticket + " must be 1 to 5, got " + satisfaction);
        }
        this.ticket = ticket;
        this.satisfaction = satisfaction;
        this.opinion = opinion;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getTicket() {
        return ticket;
    }

    public int getSatisfaction() {
        return satisfaction;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

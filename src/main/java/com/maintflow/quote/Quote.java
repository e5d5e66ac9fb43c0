package com.maintflow.quote;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** A quote for paid work; answered once by the customer. */
@Entity
@Table(name = "mf_quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private BigDecimal amount;
    private String note;
    private String preparedBy;
    private Instant preparedAt;
    private Boolean approved;
    private String answeredBy;
    private Instant answeredAt;

    protected Quote() {
    }

    Quote(String ticket, BigDecimal amount, String note, String preparedBy, Instant preparedAt) {
        if (amount.signum() <= 0) {
            // Free work is decided by the charging table and needs no quote: a quote of 0 is a slip.
            throw new IllegalArgumentException("报价金额须大于 0 / Quote amount for " + ticket + " must be more than 0");
        }
        this.ticket = ticket;
        this.amount = amount;
        this.note = note;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    void answer(boolean approved, String by, Instant at) {
        if (this.approved != null) {
            throw new IllegalStateException("Quote for " + ticket + " was already answered");
        }
        this.approved = approved;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public String getTicket() {
        return ticket;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Boolean getApproved() {
        return approved;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

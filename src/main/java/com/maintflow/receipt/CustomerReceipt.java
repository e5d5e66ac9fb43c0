package com.maintflow.receipt;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** 客户回执: tells the customer why no maintenance work follows. */
@Entity
@Immutable
@Table(name = "mf_customer_receipt")
public class CustomerReceipt {

    /** Why the request ends with a receipt. */
    public enum Reason { NO_MAINTENANCE_NEEDED, QUOTE_DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private String note;
    private Instant issuedAt;

    protected CustomerReceipt() {
    }

    CustomerReceipt(String ticket, Reason reason, String note, Instant issuedAt) {
        this.ticket = ticket;
        this.reason = reason;
        this.note = note;
        this.issuedAt = issuedAt;
    }

    public String getTicket() {
        return ticket;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}

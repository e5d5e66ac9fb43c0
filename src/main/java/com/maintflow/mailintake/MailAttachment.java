package com.maintflow.mailintake;

import jakarta.persistence.*;
import java.time.Instant;

/** A file a customer attached to a mail about a ticket, kept with the ticket. */
@Entity
@Table(name = "mf_mail_attachment")
public class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String filename;
    private String contentType;
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant receivedAt;

    protected MailAttachment() {
    }

    MailAttachment(String ticket, IncomingMail.Attachment attachment, Instant receivedAt) {
        this.ticket = ticket;
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.sizeBytes = attachment.content().length;
        this.content = attachment.content();
        this.receivedAt = receivedAt;
    }

    public String getTicket() {
        return ticket;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}

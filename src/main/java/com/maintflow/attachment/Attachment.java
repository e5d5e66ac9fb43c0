package com.maintflow.attachment;

import jakarta.persistence.*;
import java.time.Instant;

/** A file that came with a ticket (request or complaint), kept with it byte for byte. */
@Entity
@Table(name = "mf_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String filename;
    private String contentType;
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    private AttachmentSource source;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant receivedAt;

    protected Attachment() {
    }

    Attachment(String ticket, AttachmentSource source, String filename, String contentType, byte[] content,
               Instant receivedAt) {
        this.ticket = ticket;
        this.source = source;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.receivedAt = receivedAt;
    }

    Long getId() {
        return id;
    }

    String getTicket() {
        return ticket;
    }

    String getFilename() {
        return filename;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    AttachmentSource getSource() {
        return source;
    }

    byte[] getContent() {
        return content;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }
}

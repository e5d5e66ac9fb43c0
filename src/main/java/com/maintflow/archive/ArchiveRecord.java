package com.maintflow.archive;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The sealed bundle of one request. Never updated: Hibernate ignores changes to an immutable entity. */
@Entity
@Immutable
@Table(name = "mf_archive_record")
public class ArchiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;

    @Lob
    @Column(columnDefinition = "LONGTEXT")
    private String content;

    private String sha256;
    private Instant archivedAt;

    protected ArchiveRecord() {
    }

    ArchiveRecord(String ticket, String content, String sha256, Instant archivedAt) {
        this.ticket = ticket;
        this.content = content;
        this.sha256 = sha256;
        this.archivedAt = archivedAt;
    }

    public String getTicket() {
        return ticket;
    }

    public String getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }
}

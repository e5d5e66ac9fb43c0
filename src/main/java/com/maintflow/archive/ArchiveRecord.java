package com.maintflow.archive;

import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The sealed bundle of one request (or inspection, training), a link in the archive's hash chain. Never updated:
 * Hibernate ignores changes to an immutable entity.
 */
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
    private Long chainPosition;
    private String previousSha256;
    private String chainSha256;

    protected ArchiveRecord() {
    }

    ArchiveRecord(String ticket, String content, String sha256, Instant archivedAt, long chainPosition,
                  String previousSha256) {
        this.ticket = ticket;
        this.content = content;
        this.sha256 = sha256;
        this.archivedAt = archivedAt;
        this.chainPosition = chainPosition;
        this.previousSha256 = previousSha256;
        this.chainSha256 = ArchiveChainHead.link(previousSha256, sha256);
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

    /** 1 for the first sealed bundle, then 2, 3, …; null only for a row written around MaintFlow. */
    public Long getChainPosition() {
        return chainPosition;
    }

    /** The chain hash of the bundle before this one (64 zeros for the first). */
    public String getPreviousSha256() {
        return previousSha256;
    }

    /** SHA-256 of {@code previousSha256 + sha256}: what the next bundle carries as its previous hash. */
    public String getChainSha256() {
        return chainSha256;
    }
}

package com.maintflow.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the archive's hash chain: how many bundles it holds and the last one's chain hash. Read with a row
 * lock before every append, so two nodes sealing at once append one after the other instead of forking the chain;
 * kept apart from the bundles, so deleting the last bundle is noticed too.
 */
@Entity
@Table(name = "mf_archive_chain_head")
class ArchiveChainHead {

    /** The "previous hash" of the first bundle. */
    static final String GENESIS = "0".repeat(64);

    @Id
    private Integer id;

    private long chainLength;
    private String headSha256;

    protected ArchiveChainHead() {
    }

    /** Seals {@code content} as the next link and moves the head onto it. */
    ArchiveRecord append(String key, String content, String sha256, Instant at) {
        var sealed = new ArchiveRecord(key, content, sha256, at, chainLength + 1, headSha256);
        chainLength = sealed.getChainPosition();
        headSha256 = sealed.getChainSha256();
        return sealed;
    }

    long getChainLength() {
        return chainLength;
    }

    String getHeadSha256() {
        return headSha256;
    }

    /** A link's hash: SHA-256 over the previous link's hex hash followed by this bundle's hex hash. */
    static String link(String previousSha256, String sha256) {
        return CanonicalJson.sha256(previousSha256 + sha256);
    }
}

package com.maintflow.archive;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Walks the whole archive hash chain and says where it is broken. Reads in pages of 200 bundles, each page in its
 * own short read, so a long chain is never held in memory; bundles sealed while it walks lie beyond the head it
 * read first and are left for the next check.
 */
@Service
class ArchiveChain {

    /** At most this many breaks are listed; the count says how many there are. */
    static final int LISTED_BREAKS = 100;

    /** What is wrong at one place of the chain. */
    enum Problem {
        /** The stored content no longer hashes to the stored sha256. */
        CONTENT_CHANGED,
        /** sha256 or previousSha256 no longer give the stored chain hash. */
        LINK_CHANGED,
        /** The bundle's previous hash is not the chain hash of the bundle before it (a rewritten or removed bundle). */
        PREVIOUS_MISMATCH,
        /** No bundle holds this position: it was removed. */
        MISSING,
        /** A bundle without a chain position: written around MaintFlow. */
        UNCHAINED,
        /** The head row does not name the last bundle: bundles were removed from the end, or the head was changed. */
        HEAD_MISMATCH
    }

    /** One break: where, which bundle, what. */
    record Break(Long position, String key, Problem problem) {
    }

    /** The result of walking the chain: valid only without any break. */
    record Verification(boolean valid, long length, String headSha256, long checked, long breakCount,
                        List<Break> breaks) {
    }

    private final ArchiveRecordRepository archive;
    private final ArchiveChainHeadRepository chainHeads;

    ArchiveChain(ArchiveRecordRepository archive, ArchiveChainHeadRepository chainHeads) {
        this.archive = archive;
        this.chainHeads = chainHeads;
    }

    Verification verify() {
        var head = chainHeads.current();
        var walk = new Walk();
        List<ArchiveRecord> page;
        long after = 0;
        do {
            page = archive.findTop200ByChainPositionGreaterThanOrderByChainPositionAsc(after);
            page.stream().filter(sealed -> sealed.getChainPosition() <= head.getChainLength()).forEach(walk::check);
            after = page.isEmpty() ? after : page.get(page.size() - 1).getChainPosition();
        } while (!page.isEmpty() && after < head.getChainLength());
        if (walk.position != head.getChainLength() || !walk.previous.equals(head.getHeadSha256())) {
            walk.add(new Break(head.getChainLength(), null, Problem.HEAD_MISMATCH));
        }
        archive.findByChainPositionIsNull().forEach(
                stray -> walk.add(new Break(null, stray.getTicket(), Problem.UNCHAINED)));
        return new Verification(walk.count == 0, head.getChainLength(), head.getHeadSha256(), walk.checked,
                walk.count, walk.breaks);
    }

    /** The walk's state: the last position seen and its chain hash, and the breaks found so far. */
    private static final class Walk {

        long position;
        String previous = ArchiveChainHead.GENESIS;
        long checked;
        long count;
        final List<Break> breaks = new ArrayList<>();

        void check(ArchiveRecord sealed) {
            long at = sealed.getChainPosition();
            // Listed one by one up to the limit, counted in one step: a forged position far ahead stays cheap.
            for (long missing = position + 1; missing < at && breaks.size() < LISTED_BREAKS; missing++) {
                breaks.add(new Break(missing, null, Problem.MISSING));
            }
            count += Math.max(0, at - position - 1);
            if (!CanonicalJson.sha256(sealed.getContent()).equals(sealed.getSha256())) {
                add(new Break(at, sealed.getTicket(), Problem.CONTENT_CHANGED));
            }
            if (!ArchiveChainHead.link(sealed.getPreviousSha256(), sealed.getSha256()).equals(sealed.getChainSha256())) {
                add(new Break(at, sealed.getTicket(), Problem.LINK_CHANGED));
            }
            if (!previous.equals(sealed.getPreviousSha256())) {
                add(new Break(at, sealed.getTicket(), Problem.PREVIOUS_MISMATCH));
            }
            position = at;
            previous = sealed.getChainSha256();
            checked++;
        }

        void add(Break found) {
            count++;
            if (breaks.size() < LISTED_BREAKS) {
                breaks.add(found);
            }
        }
    }
}

package com.maintflow.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sealed archive records: read one, have its hash recomputed, or walk the whole hash chain. Document managers,
 * supervisors, management, customer service and admins.
 */
@RestController
@RequestMapping("/api/archive")
class ArchiveController {

    /** The sealed record as stored: its canonical content, embedded as JSON, and its hash. */
    record ArchiveView(String ticket, Instant archivedAt, String sha256, JsonNode content, String canonicalContent,
                       Long chainPosition, String previousSha256, String chainSha256) {
    }

    private final Archives archives;
    private final ArchiveChain chain;
    private final ObjectMapper objectMapper;

    ArchiveController(Archives archives, ArchiveChain chain, ObjectMapper objectMapper) {
        this.archives = archives;
        this.chain = chain;
        this.objectMapper = objectMapper;
    }

    /** Every bundle re-hashed and every link checked; listed breaks say where and what. */
    @GetMapping("/verify-chain")
    ArchiveChain.Verification verifyChain() {
        return chain.verify();
    }

    @GetMapping("/{ticket}")
    ArchiveView get(@PathVariable String ticket) throws Exception {
        var sealed = archives.of(ticket);
        return new ArchiveView(sealed.getTicket(), sealed.getArchivedAt(), sealed.getSha256(),
                objectMapper.readTree(sealed.getContent()), sealed.getContent(), sealed.getChainPosition(),
                sealed.getPreviousSha256(), sealed.getChainSha256());
    }

    @GetMapping("/{ticket}/verify")
    Archives.Verification verify(@PathVariable String ticket) {
        return archives.verify(ticket);
    }
}

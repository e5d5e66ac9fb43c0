package com.maintflow.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sealed archive records: read one, or have its hash recomputed. Document managers and supervisors. */
@RestController
@RequestMapping("/api/archive")
class ArchiveController {

    /** The sealed record as stored: its canonical content, embedded as JSON, and its hash. */
    record ArchiveView(String ticket, Instant archivedAt, String sha256, JsonNode content, String canonicalContent) {
    }

    private final Archives archives;
    private final ObjectMapper objectMapper;

    ArchiveController(Archives archives, ObjectMapper objectMapper) {
        this.archives = archives;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/{ticket}")
    ArchiveView get(@PathVariable String ticket) throws Exception {
        var sealed = archives.of(ticket);
        return new ArchiveView(sealed.getTicket(), sealed.getArchivedAt(), sealed.getSha256(),
                objectMapper.readTree(sealed.getContent()), sealed.getContent());
    }

    @GetMapping("/{ticket}/verify")
    Archives.Verification verify(@PathVariable String ticket) {
        return archives.verify(ticket);
    }
}

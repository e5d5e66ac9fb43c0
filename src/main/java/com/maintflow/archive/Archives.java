package com.maintflow.archive;

import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.intake.RequestStatus;
import com.maintflow.records.RequestRecordsQuery;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals a request's records into its archive record (once, as the next link of the hash chain) and verifies a
 * sealed record.
 */
@Service
@Transactional
public class Archives {

    private static final Logger log = LoggerFactory.getLogger(Archives.class);

    /** The result of re-hashing a sealed record. */
    public record Verification(String ticket, String sha256, String recomputedSha256, boolean valid) {
    }

    private final ArchiveRecordRepository archive;
    private final MaintenanceRequests requests;
    private final RequestRecordsQuery records;
    private final Timeline timeline;
    private final AuditTrail auditTrail;
    private final Actors actors;
    private final List<ArchivedRecords> otherRecords;
    private final ArchiveChainHeadRepository chainHeads;

    Archives(ArchiveRecordRepository archive, MaintenanceRequests requests, RequestRecordsQuery records, Timeline timeline,
             AuditTrail auditTrail, Actors actors, List<ArchivedRecords> otherRecords,
             ArchiveChainHeadRepository chainHeads) {
        this.otherRecords = otherRecords;
        this.chainHeads = chainHeads;
        this.archive = archive;
        this.requests = requests;
        this.records = records;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
        this.actors = actors;
    }

    /** Seals the request; archiving it again returns the first record unchanged. */
    public ArchiveRecord seal(String ticket) {
        return sealOnce(ticket, () -> {
            var request = requests.byTicket(ticket);
            requests.advance(ticket, RequestStatus.ARCHIVED, Actors.SYSTEM, "归档 / Archived");
            return bundle(request);
        });
    }

    /**
     * Seals the bundle of any other keyed piece of work (an inspection): the facts its capability gives, plus its
     * timeline and its process's audit trail, as canonical JSON with its SHA-256 under {@code key}, so
     * {@code GET /api/archive/{key}} and {@code /verify} work for it as for a request. Sealing again returns the
     * first record unchanged.
     */
    public ArchiveRecord sealBundle(String key, String processInstanceId, Map<String, Object> facts) {
        return sealOnce(key, () -> {
            Map<String, Object> bundle = new LinkedHashMap<>(facts);
            bundle.put("key", key);
            bundle.put("timeline", timeline.of(key));
            bundle.put("auditTrail", auditTrail.of(processInstanceId));
            return bundle;
        });
    }

    /**
     * Appends the bundle to the hash chain unless {@code key} is sealed already. The chain's head is locked first,
     * so a second node sealing the same key waits, then finds the record instead of failing on the unique key.
     */
    private ArchiveRecord sealOnce(String key, Supplier<Map<String, Object>> bundle) {
        var head = chainHeads.lock();
        var existing = archive.findByTicket(key);
        if (existing.isPresent()) {
            log.info("{} is already archived; keeping the sealed record", key);
            return existing.get();
        }
        String content = CanonicalJson.write(bundle.get());
        var sealed = archive.saveAndFlush(head.append(key, content, CanonicalJson.sha256(content), actors.now()));
        log.info("{} archived, sha256 {}, chain position {}", key, sealed.getSha256(), sealed.getChainPosition());
        return sealed;
    }

    /** What sealing the request now would store (the document manager's checklist is drawn from it). */
    @Transactional(readOnly = true)
    public Map<String, Object> preview(String ticket) {
        return bundle(requests.byTicket(ticket));
    }

    /** The sealed record, if the request is archived yet. */
    @Transactional(readOnly = true)
    public Optional<ArchiveRecord> find(String ticket) {
        return archive.findByTicket(ticket);
    }

    @Transactional(readOnly = true)
    public ArchiveRecord of(String ticket) {
        return archive.findByTicket(ticket).orElseThrow(() -> new RequestNotFoundException(ticket + " in the archive"));
    }

    @Transactional(readOnly = true)
    public Verification verify(String ticket) {
        var sealed = of(ticket);
        String recomputed = CanonicalJson.sha256(sealed.getContent());
        return new Verification(ticket, sealed.getSha256(), recomputed, recomputed.equals(sealed.getSha256()));
    }

    private Map<String, Object> bundle(MaintenanceRequest request) {
        String ticket = request.getTicket();
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("ticket", ticket);
        bundle.put("request", requestFacts(request));
        var records = this.records.of(ticket);
        bundle.put("feedbackSheets", records.feedbackSheets());
        bundle.put("quotes", records.quotes());
        bundle.put("maintenancePlans", records.maintenancePlans());
        bundle.put("maintenanceRecords", records.maintenanceRecords());
        bundle.put("acceptanceRounds", records.acceptanceRounds());
        bundle.put("customerOpinion", records.customerOpinion().orElse(null));
        bundle.put("maintenanceSummary", records.maintenanceSummary().orElse(null));
        bundle.put("customerReceipt", records.customerReceipt().orElse(null));
        for (ArchivedRecords other : otherRecords) {
            List<?> ofTicket = other.of(ticket);
            if (!ofTicket.isEmpty()) {
                bundle.put(other.section(), ofTicket);
            }
        }
        bundle.put("timeline", timeline.of(ticket));
        bundle.put("auditTrail", auditTrail.of(request.getProcessInstanceId()));
        return bundle;
    }

    private static Map<String, Object> requestFacts(MaintenanceRequest request) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("customerCode", request.getCustomer().getCode());
        facts.put("customerName", request.getCustomer().getName());
        facts.put("contractNumber", request.getContract() == null ? null : request.getContract().getContractNumber());
        facts.put("channel", request.getChannel());
        facts.put("contactName", request.getContactName());
        facts.put("contactEmail", request.getContactEmail());
        facts.put("contactPhone", request.getContactPhone());
        facts.put("system", request.getSystem());
        facts.put("title", request.getTitle());
        facts.put("description", request.getDescription());
        facts.put("receivedAt", request.getReceivedAt());
        facts.put("withinFreePeriod", request.isWithinFreePeriod());
        facts.put("maintenanceType", request.getMaintenanceType());
        facts.put("serviceKind", request.getServiceKind());
        facts.put("severity", request.getSeverity());
        facts.put("reviewOutcome", request.getReviewOutcome());
        facts.put("charging", request.getCharging());
        facts.put("processInstanceId", request.getProcessInstanceId());
        return facts;
    }
}

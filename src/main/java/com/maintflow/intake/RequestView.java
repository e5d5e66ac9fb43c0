package com.maintflow.intake;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/requests/{ticket}}: the request, where it stands, what it waits for, what happened. */
public record RequestView(
        String ticket,
        RequestStatus status,
        String customerCode,
        String customerName,
        String contractNumber,
        Terms terms,
        String channel,
        String origin,
        String contactName,
        String contactEmail,
        String contactPhone,
        String system,
        String title,
        String description,
        Instant receivedAt,
        boolean withinFreePeriod,
        Classification classification,
        String charging,
        String processInstanceId,
        List<OpenTask> openTasks,
        List<SlaClock> sla,
        List<Event> timeline,
        List<Attachment> attachments) {

    /**
     * The contract terms the request runs under, copied when it was received: later amendments of the contract apply
     * to new requests only.
     */
    public record Terms(String contractNumber, String serviceLevel, String serviceCalendar,
                        java.time.LocalDate warrantyStart, java.time.LocalDate warrantyEnd,
                        java.time.LocalDate freeMaintenanceEnd) {
    }

    /** An SLA clock of the request: its deadline, RUNNING/PAUSED/MET/MISSED, working minutes left (negative: late). */
    public record SlaClock(String clock, Instant dueAt, String state, long remainingWorkingMinutes) {
    }

    /** A user task the request waits at, and who may work on it. */
    public record OpenTask(String id, String taskDefinitionKey, String name, List<String> candidateGroups,
                           String assignee, Instant created) {
    }

    /**
     * A file that came with the request (portal, API or e-mail, name as decoded from the mail), oldest first: its type
     * as detected from the content (portal, API) or as the mail declared it; {@code href} downloads it (staff only).
     */
    public record Attachment(long id, String name, String type, long size, String source, String href) {
    }

    /** One timeline entry. */
    public record Event(Instant at, String event, String actor, String detail) {
    }
}

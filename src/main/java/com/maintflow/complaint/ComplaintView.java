package com.maintflow.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/complaints/{number}}: the complaint, where it stands, its findings, actions, tasks and timeline. */
public record ComplaintView(
        String complaintNumber,
        ComplaintStatus status,
        String customerCode,
        String customerName,
        String contractNumber,
        String channel,
        String contactName,
        String contactEmail,
        String contactPhone,
        String subject,
        String description,
        String ticket,
        boolean repeated,
        Instant receivedAt,
        String repeatReview,
        Investigation investigation,
        List<Action> actions,
        String reply,
        Instant repliedAt,
        CustomerAnswer customerAnswer,
        String managementDecision,
        Instant closedAt,
        String processInstanceId,
        List<OpenTask> openTasks,
        List<SlaClock> sla,
        List<Event> timeline) {

    /** The supervisors' findings; null until investigated. */
    public record Investigation(String facts, String cause, String responsibility) {
    }

    /** A corrective or preventive action (纠正/预防措施). */
    public record Action(String action, String owner, LocalDate dueDate, boolean done, Instant recordedAt,
                         String recordedBy) {
    }

    /** A user task the complaint waits at, and who may work on it. */
    public record OpenTask(String id, String taskDefinitionKey, String name, List<String> candidateGroups,
                           String assignee, Instant created, Instant due) {
    }

    /** The reply clock: deadline, RUNNING/MET/MISSED, working minutes left (negative: late). */
    public record SlaClock(String clock, Instant dueAt, String state, long remainingWorkingMinutes) {
    }

    /** One timeline entry. */
    public record Event(Instant at, String event, String actor, String detail) {
    }
}

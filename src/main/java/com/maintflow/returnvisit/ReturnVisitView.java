package com.maintflow.returnvisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One return visit as staff read it in {@code GET /api/return-visits?contract=}: {@code PLANNED} while it waits for
 * its day, then CALLING / DONE / UNREACHABLE with the calls made ({@code calls}, from the visit's timeline) and the
 * request raised from it, if any.
 */
public record ReturnVisitView(String visitKey, String contractNumber, LocalDate dueOn, String status, int attempts,
                              String calledContact, String calledBy, Boolean reached, Integer satisfaction,
                              String remarks, String raisedTicket, Instant completedAt, List<String> calls) {

    static ReturnVisitView planned(String visitKey, String contractNumber, LocalDate dueOn) {
        return new ReturnVisitView(visitKey, contractNumber, dueOn, "PLANNED", 0, null, null, null, null, null, null,
                null, List.of());
    }

    static ReturnVisitView of(ReturnVisit visit, List<String> calls) {
        return new ReturnVisitView(visit.getVisitKey(), visit.getContractNumber(), visit.getDueOn(),
                visit.getStatus().name(), visit.getAttempts(), visit.getCalledContact(), visit.getCalledBy(),
                visit.getAttempts() == 0 ? null : visit.isReached(), visit.getSatisfaction(), visit.getRemarks(),
                visit.getRaisedTicket(), visit.getCompletedAt(), calls);
    }
}

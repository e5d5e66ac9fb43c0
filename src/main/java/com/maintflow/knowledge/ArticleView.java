package com.maintflow.knowledge;

import java.time.Instant;
import java.util.List;

/** An article as the API shows it, with the tickets of the articles merged into it. */
public record ArticleView(long id, String title, String system, String serviceKind, String maintenanceType,
                          String symptoms, String rootCause, String solution, String ticket, String engineer,
                          ArticleStatus status, Long mergedInto, List<Merged> merged, Instant publishedAt,
                          Instant updatedAt, String updatedBy) {

    /** An article folded into this one. */
    public record Merged(long id, String title, String ticket) {
    }

    static ArticleView of(Article a, List<Article> merged) {
        return new ArticleView(a.getId(), a.getTitle(), a.getSystem(), a.getServiceKind(), a.getMaintenanceType(),
                a.getSymptoms(), a.getRootCause(), a.getSolution(), a.getTicket(), a.getEngineer(), a.getStatus(),
                a.getMergedInto(), merged.stream().map(m -> new Merged(m.getId(), m.getTitle(), m.getTicket())).toList(),
                a.getPublishedAt(), a.getUpdatedAt(), a.getUpdatedBy());
    }
}

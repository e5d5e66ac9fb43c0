package com.maintflow.closure;

import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.system.Actors;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and confirms a ticket's maintenance summary. */
@Service
@Transactional
public class MaintenanceSummaries {

    private final MaintenanceSummaryRepository summaries;
    private final MaintenanceRequests requests;
    private final Actors actors;

    MaintenanceSummaries(MaintenanceSummaryRepository summaries, MaintenanceRequests requests, Actors actors) {
        this.summaries = summaries;
        this.requests = requests;
        this.actors = actors;
    }

    void write(String ticket, String text, String actor) {
        var summary = summaries.findByTicket(ticket).orElseGet(() -> new MaintenanceSummary(ticket));
        summary.write(text, actor, actors.now());
        summaries.save(summary);
        requests.advance(ticket, RequestStatus.SUMMARIZED, actor, "维护总结 / Summary written");
    }

    void decide(String ticket, boolean confirmed, String actor) {
        if (!confirmed) {
            requests.advance(ticket, RequestStatus.SUMMARY_RETURNED, actor, "总结退回修改 / Summary sent back");
            return;
        }
        var summary = summaries.findByTicket(ticket)
                .orElseThrow(() -> new IllegalStateException("No summary to confirm for " + ticket));
        summary.confirm(actor, actors.now());
        requests.advance(ticket, RequestStatus.CLOSED, actor, "最终确认 / Confirmed for archiving");
    }

    @Transactional(readOnly = true)
    public Optional<MaintenanceSummary> of(String ticket) {
        return summaries.findByTicket(ticket);
    }
}

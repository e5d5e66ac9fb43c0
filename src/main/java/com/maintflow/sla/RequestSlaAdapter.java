package com.maintflow.sla;

import com.maintflow.intake.RequestSlaSource;
import com.maintflow.intake.RequestView;
import com.maintflow.system.Actors;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gives the request view ({@code GET /api/requests/{ticket}}) the ticket's SLA clocks as of now. */
@Component
class RequestSlaAdapter implements RequestSlaSource {

    private final SlaClocks clocks;
    private final Actors actors;

    RequestSlaAdapter(SlaClocks clocks, Actors actors) {
        this.clocks = clocks;
        this.actors = actors;
    }

    @Override
    public List<RequestView.SlaClock> clocksOf(String ticket) {
        return clocks.of(ticket, actors.now()).stream()
                .map(clock -> new RequestView.SlaClock(clock.clock().name(), clock.dueAt(), clock.state().name(),
                        clock.remainingWorkingMinutes()))
                .toList();
    }
}

package com.maintflow.sla;

import com.maintflow.intake.RequestArchived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An archived request leaves nothing open: its escalations end in the archiving transaction. */
@Component
class TicketClosedListener {

    private final SlaEscalations escalations;

    TicketClosedListener(SlaEscalations escalations) {
        this.escalations = escalations;
    }

    @EventListener
    void on(RequestArchived archived) {
        escalations.ticketClosed(archived.ticket());
    }
}

package com.maintflow.complaint;

import com.maintflow.sla.SlaEscalations;
import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseComplaint}: closes the complaint (an unanswered reply is noted as "no answer") and ends every
 * escalation still open for it.
 */
@Component
class CloseComplaintDelegate implements JavaDelegate {

    private final Complaints complaints;
    private final SlaEscalations escalations;
    private final Actors actors;

    CloseComplaintDelegate(Complaints complaints, SlaEscalations escalations, Actors actors) {
        this.complaints = complaints;
        this.escalations = escalations;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        complaints.close(number, actors.now(), Actors.SYSTEM);
        escalations.ticketClosed(number);
    }
}

package com.maintflow.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RaiseFindingRequests}: one maintenance request (channel INSPECTION, origin = this inspection) per
 * finding marked for action; the tickets are kept on the findings and in {@code ticketsRaised}.
 */
@Component
class RaiseFindingRequestsDelegate implements JavaDelegate {

    private final Inspections inspections;

    RaiseFindingRequestsDelegate(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var tickets = inspections.raiseRequests(execution.getProcessBusinessKey());
        execution.setVariable("ticketsRaised", String.join(",", tickets));
    }
}

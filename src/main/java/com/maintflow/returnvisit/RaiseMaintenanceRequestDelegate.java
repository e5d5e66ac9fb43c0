package com.maintflow.returnvisit;

import static com.maintflow.system.Variables.requiredText;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RaiseMaintenanceRequest}: the issue the customer raised on the call becomes a maintenance request
 * (channel PHONE, origin = this visit's key). Writes raisedTicket.
 */
@Component
class RaiseMaintenanceRequestDelegate implements JavaDelegate {

    private final ReturnVisits visits;

    RaiseMaintenanceRequestDelegate(ReturnVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = visits.raiseRequest(execution.getProcessBusinessKey(), new ReturnVisits.Issue(
                requiredText(execution, "issueSystem"), requiredText(execution, "issueTitle"),
                requiredText(execution, "issueDescription")));
        execution.setVariable("raisedTicket", ticket);
    }
}

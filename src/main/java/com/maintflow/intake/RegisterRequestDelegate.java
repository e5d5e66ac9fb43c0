package com.maintflow.intake;

import com.maintflow.system.Actors;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterRequest}: turns the intake fields (from the API or the Tasklist start form) into
 * a register entry, makes its ticket number the business key, and keeps only ids and decisions as
 * variables: the contact details and description live in the register, not in the process.
 */
@Component
class RegisterRequestDelegate implements JavaDelegate {

    private static final String[] FIELDS_KEPT_IN_REGISTER_ONLY = {"contactName", "contactEmail", "contactPhone",
            "system", "description"};

    private final MaintenanceRequests requests;
    private final Validator validator;
    private final Actors actors;

    RegisterRequestDelegate(MaintenanceRequests requests, Validator validator, Actors actors) {
        this.requests = requests;
        this.validator = validator;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IntakeCommand command = commandFrom(execution);
        command.requireValid(validator);
        var request = requests.register(command, actors.now(), execution.getProcessInstanceId(),
                actorOf(execution, command));
        Object origin = execution.getVariable(IntakeService.ORIGIN);
        if (origin != null) {
            request.raisedFrom(origin.toString());
        }
        execution.setProcessBusinessKey(request.getTicket());
        // Contact details and description live in the register only.
        for (String field : FIELDS_KEPT_IN_REGISTER_ONLY) {
            execution.removeVariable(field);
        }
        execution.setVariable("ticket", request.getTicket());
        execution.setVariable("customerCode", request.getCustomer().getCode());
        execution.setVariable("customerName", request.getCustomer().getName()); // for Tasklist's task list
        execution.setVariable("channel", request.getChannel().name());
        execution.setVariable("title", request.getTitle());
        execution.setVariable("withinFreePeriod", request.isWithinFreePeriod());
    }

    /** Staff who registered it from Tasklist, else the customer contact who submitted it. */
    private String actorOf(DelegateExecution execution, IntakeCommand command) {
        Object initiator = execution.getVariable("initiator");
        if (initiator != null) {
            return initiator.toString();
        }
        String current = actors.current();
        return Actors.SYSTEM.equals(current) ? command.contactEmail().strip() : current;
    }

    private static IntakeCommand commandFrom(DelegateExecution execution) {
        return new IntakeCommand(text(execution, "customerCode"), text(execution, "contactName"),
                text(execution, "contactEmail"), text(execution, "contactPhone"), text(execution, "channel"),
                text(execution, "system"), text(execution, "title"), text(execution, "description"));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}

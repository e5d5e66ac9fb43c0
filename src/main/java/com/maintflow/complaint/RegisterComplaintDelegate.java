package com.maintflow.complaint;

import com.maintflow.system.Actors;
import jakarta.validation.Validator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterComplaint}: turns the complaint fields (API, portal, mail or the Tasklist start form) into a
 * register entry, makes its number the business key and keeps only ids and decisions as variables.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

    static final String NUMBER = "complaintNumber";
    private static final String[] FIELDS_KEPT_IN_REGISTER_ONLY = {"contactName", "contactEmail", "contactPhone",
            "description"};

    private final Complaints complaints;
    private final Validator validator;
    private final Actors actors;

    RegisterComplaintDelegate(Complaints complaints, Validator validator, Actors actors) {
        this.complaints = complaints;
        this.validator = validator;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ComplaintCommand command = commandFrom(execution);
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Invalid complaint: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        var complaint = complaints.register(command, actors.now(), execution.getProcessInstanceId(),
                actorOf(execution, command));
        execution.setProcessBusinessKey(complaint.getComplaintNumber());
        for (String field : FIELDS_KEPT_IN_REGISTER_ONLY) {
            execution.removeVariable(field);
        }
        execution.setVariable(NUMBER, complaint.getComplaintNumber());
        execution.setVariable("customerCode", complaint.getCustomer().getCode());
        execution.setVariable("customerName", complaint.getCustomer().getName());
        execution.setVariable("channel", complaint.getChannel());
        execution.setVariable("subject", complaint.getSubject());
        execution.setVariable("ticket", complaint.getRelatedTicket());
        execution.setVariable("repeated", complaint.isRepeated());
    }

    /** Staff who registered it from Tasklist (a phone call), else the contact who filed it. */
    private String actorOf(DelegateExecution execution, ComplaintCommand command) {
        Object initiator = execution.getVariable("initiator");
        if (initiator != null) {
            return initiator.toString();
        }
        String current = actors.current();
        return Actors.SYSTEM.equals(current) ? command.contactEmail().strip() : current;
    }

    private static ComplaintCommand commandFrom(DelegateExecution execution) {
        return new ComplaintCommand(text(execution, "customerCode"), text(execution, "contactName"),
                text(execution, "contactEmail"), blankAsNull(text(execution, "contactPhone")),
                text(execution, "channel"), text(execution, "subject"), text(execution, "description"),
                blankAsNull(text(execution, "ticket")));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package com.maintflow.complaint;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint: checks customer and ticket, then starts {@code complaint.bpmn}, whose first step registers it.
 * One transaction: a refusal or failure stores neither complaint nor process.
 */
@Service
public class ComplaintService {

    public static final String PROCESS_KEY = "complaint";

    private final RuntimeService runtimeService;
    private final Complaints complaints;

    ComplaintService(RuntimeService runtimeService, Complaints complaints) {
        this.runtimeService = runtimeService;
        this.complaints = complaints;
    }

    /** What callers show: the complaint's number, its process instance and status. */
    public record Filed(String complaintNumber, String processInstanceId, ComplaintStatus status) {
    }

    @Transactional
    public Filed file(ComplaintCommand command) {
        complaints.check(command); // 422 before anything starts
        var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(variablesOf(command))
                .executeWithVariablesInReturn();
        String number = instance.getVariables().getValue(RegisterComplaintDelegate.NUMBER, String.class);
        return new Filed(number, instance.getId(), ComplaintStatus.RECEIVED);
    }

    /**
     * The fields for Task_RegisterComplaint; contact details and description are transient (read by the delegate in
     * this transaction, kept in the register, never in Camunda's tables), as for a maintenance request.
     */
    private static Map<String, Object> variablesOf(ComplaintCommand command) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerCode", command.customerCode());
        values.put("channel", command.channelOrDefault());
        values.put("subject", command.subject());
        values.put("ticket", command.ticketOrNull());
        values.put("contactName", Variables.stringValue(command.contactName(), true));
        values.put("contactEmail", Variables.stringValue(command.contactEmail(), true));
        values.put("contactPhone", Variables.stringValue(command.contactPhone(), true));
        values.put("description", Variables.stringValue(command.description(), true));
        return values;
    }
}

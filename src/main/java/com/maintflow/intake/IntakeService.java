package com.maintflow.intake;

import com.maintflow.customer.Customers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a maintenance request: starts {@code MaintenanceRequestProcess} with the intake fields, whose
 * first step registers the request. One transaction: a failure stores neither request nor process.
 */
@Service
public class IntakeService {

    public static final String PROCESS_KEY = "MaintenanceRequestProcess";

    private final RuntimeService runtimeService;
    private final Customers customers;

    IntakeService(RuntimeService runtimeService, Customers customers) {
        this.runtimeService = runtimeService;
        this.customers = customers;
    }

    /** The outcome callers show: the new ticket, its process instance and its status. */
    public record Submitted(String ticket, String processInstanceId, RequestStatus status) {
    }

    @Transactional
    public Submitted submit(IntakeCommand command) {
        if (customers.byCode(command.customerCode().strip()).isEmpty()) {
            throw new UnknownCustomerException(command.customerCode());
        }
        var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .setVariables(variablesOf(command))
                .executeWithVariablesInReturn();
        String ticket = instance.getVariables().getValue("ticket", String.class);
        return new Submitted(ticket, instance.getId(), RequestStatus.RECEIVED);
    }

    private static Map<String, Object> variablesOf(IntakeCommand command) {
        Map<String, Object> values = new HashMap<>();
        Object[] fields = {command.customerCode(), command.contactName(), command.contactEmail(),
                command.contactPhone(), command.channelOrDefault().name(), command.system(), command.title(),
                command.description()};
        var names = Arrays.asList(RegisterRequestDelegate.INTAKE_FIELDS);
        for (int i = 0; i < fields.length; i++) {
            values.put(names.get(i), fields[i]);
        }
        return values;
    }
}

package com.maintflow.intake;

import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Attachments;
import com.maintflow.customer.Customers;
import com.maintflow.system.Actors;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a maintenance request: starts {@code MaintenanceRequestProcess} with the intake fields, whose
 * first step registers the request. One transaction: a failure stores neither request nor process. The ticket number
 * is taken just before it, once the request is known to be acceptable ({@link TicketNumbers#withNumberTaken}).
 */
@Service
public class IntakeService {

    public static final String PROCESS_KEY = "MaintenanceRequestProcess";

    private final RuntimeService runtimeService;
    private final Customers customers;
    private final Attachments attachments;
    private final TicketNumbers numbers;
    private final Validator validator;
    private final Actors actors;
    private final TransactionTemplate transaction;

    IntakeService(RuntimeService runtimeService, Customers customers, Attachments attachments, TicketNumbers numbers,
            Validator validator, Actors actors, PlatformTransactionManager transactionManager) {
        this.runtimeService = runtimeService;
        this.customers = customers;
        this.attachments = attachments;
        this.numbers = numbers;
        this.validator = validator;
        this.actors = actors;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The outcome callers show: the new ticket, its process instance and its status. */
    public record Submitted(String ticket, String processInstanceId, RequestStatus status) {
    }

    public Submitted submit(IntakeCommand command) {
        return start(command, Map.of());
    }

    /**
     * A request with the files the customer attached (portal, or the API's multipart form), stored with it in the same
     * transaction: files that may not be stored refuse the whole request before anything starts.
     */
    public Submitted submit(IntakeCommand command, AttachmentSource source, List<Attachments.Upload> files) {
        attachments.refuseUnacceptable(files);
        return start(command, Map.of(), submitted -> attachments.storeUploads(submitted.ticket(), source, files));
    }

    /**
     * A request raised by another service process (an inspection finding, an issue from a return visit), linked to
     * it: {@code origin} is that process's business key (e.g. {@code IN-CT-01-2026-12}), kept on the request and
     * shown as {@code origin} in {@code GET /api/requests/{ticket}}, so the ticket leads back to where it came from.
     */
    public Submitted submitFrom(String origin, IntakeCommand command) {
        if (origin == null || origin.isBlank() || origin.length() > 80) {
            throw new IllegalArgumentException("origin must be a business key of 1 to 80 characters");
        }
        return start(command, Map.of(ORIGIN, origin.strip()));
    }

    /** Process variable naming the service process a request was raised from (see {@link #submitFrom}). */
    static final String ORIGIN = "origin";

    private Submitted start(IntakeCommand command, Map<String, Object> extra) {
        return start(command, extra, submitted -> { });
    }

    /**
     * Checks what would make the start fail before a ticket number is taken (an unknown or inactive customer, a
     * field out of bounds), so refused requests leave no gap; then starts the process and runs {@code alsoStore} in
     * one transaction (joining the caller's, if any).
     */
    private Submitted start(IntakeCommand command, Map<String, Object> extra, Consumer<Submitted> alsoStore) {
        command.requireValid(validator);
        requireActiveCustomer(command);
        return numbers.withNumberTaken(TicketNumbers.REQUESTS, actors.now(), () -> transaction.execute(tx -> {
            var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariables(variablesOf(command))
                    .setVariables(extra)
                    .executeWithVariablesInReturn();
            String ticket = instance.getVariables().getValue("ticket", String.class);
            var submitted = new Submitted(ticket, instance.getId(), RequestStatus.RECEIVED);
            alsoStore.accept(submitted);
            return submitted;
        }));
    }

    private void requireActiveCustomer(IntakeCommand command) {
        var customer = customers.byCode(command.customerCode().strip())
                .orElseThrow(() -> new UnknownCustomerException(command.customerCode()));
        if (!customer.isActive()) {
            throw new InactiveCustomerException(customer.getCode());
        }
    }

    /**
     * The intake fields for Task_RegisterRequest. Contact details, system and description are transient:
     * the delegate reads them in this same transaction and stores them in the register; they never reach
     * Camunda's tables, whose text columns end at 4000 characters while a description may have 20000.
     * Customer code, channel and title stay ordinary variables, as the process keeps them.
     */
    private static Map<String, Object> variablesOf(IntakeCommand command) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerCode", command.customerCode());
        values.put("channel", command.channelOrDefault().name());
        values.put("title", command.title());
        values.put("contactName", transientText(command.contactName()));
        values.put("contactEmail", transientText(command.contactEmail()));
        values.put("contactPhone", transientText(command.contactPhone()));
        values.put("system", transientText(command.system()));
        values.put("description", transientText(command.description()));
        return values;
    }

    private static StringValue transientText(String value) {
        return Variables.stringValue(value, true);
    }
}

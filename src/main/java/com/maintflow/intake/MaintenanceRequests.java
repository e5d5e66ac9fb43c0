package com.maintflow.intake;

import com.maintflow.customer.Customers;
import com.maintflow.system.Labels;
import com.maintflow.system.NaturalIds;
import com.maintflow.timeline.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of maintenance requests: other capabilities read a request and move it on through
 * this service, never through its repository. Every move is also written to the ticket's timeline.
 */
@Service
@Transactional
public class MaintenanceRequests {

    private final MaintenanceRequestRepository requests;
    private final Customers customers;
    private final TicketNumbers ticketNumbers;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final NaturalIds naturalIds;
    /** Timeline details are read by staff and customers as they were written: in words, not codes. */
    private final Labels labels;

    MaintenanceRequests(MaintenanceRequestRepository requests, Customers customers, TicketNumbers ticketNumbers,
                        Timeline timeline, ApplicationEventPublisher events, NaturalIds naturalIds, Labels labels) {
        this.naturalIds = naturalIds;
        this.labels = labels;
        this.requests = requests;
        this.customers = customers;
        this.ticketNumbers = ticketNumbers;
        this.timeline = timeline;
        this.events = events;
    }

    /** Registers a request received at {@code receivedAt}; the free period is judged on that day. */
    MaintenanceRequest register(IntakeCommand command, Instant receivedAt, String processInstanceId, String actor) {
        var customer = customers.byCode(command.customerCode().strip())
                .orElseThrow(() -> new UnknownCustomerException(command.customerCode()));
        LocalDate day = receivedAt.atZone(TicketNumbers.BUSINESS_ZONE).toLocalDate();
        var contract = customers.contractOn(customer, day);
        boolean free = contract.map(c -> c.coversFreeMaintenanceOn(day)).orElse(false);
        var request = new MaintenanceRequest(ticketNumbers.next(receivedAt), customer, contract.orElse(null),
                command, receivedAt, free);
        request.attachTo(processInstanceId);
        requests.save(request);
        timeline.append(request.getTicket(), "RECEIVED", actor,
                "受理 / Received · " + labels.of("channel", request.getChannel()) + ": " + request.getTitle());
        return request;
    }

    @Transactional(readOnly = true)
    public MaintenanceRequest byTicket(String ticket) {
        return find(ticket).orElseThrow(() -> new RequestNotFoundException(ticket));
    }

    /** True when a request with this ticket number is registered. */
    @Transactional(readOnly = true)
    public boolean exists(String ticket) {
        return find(ticket).isPresent();
    }

    /** By ticket number, from the transaction's persistence context when an earlier step of it loaded the request. */
    @Transactional(readOnly = true)
    Optional<MaintenanceRequest> find(String ticket) {
        return naturalIds.find(MaintenanceRequest.class, ticket);
    }

    public void classify(String ticket, Classification classification, String actor) {
        byTicket(ticket).classify(classification);
        advance(ticket, RequestStatus.REVIEWED, actor, "评审 / Reviewed: " + String.join(" · ",
                labels.of("maintenanceType", classification.maintenanceType()),
                labels.of("serviceKind", classification.serviceKind()), labels.of("severity", classification.severity()),
                labels.of("reviewOutcome", classification.reviewOutcome())));
    }

    /** Changes a reviewed request's severity and service kind and notes the change and its reason on the timeline. */
    public void reclassify(String ticket, String severity, String serviceKind, String reason, String actor) {
        var request = byTicket(ticket);
        String before = labels.of("severity", request.getSeverity()) + " · "
                + labels.of("serviceKind", request.getServiceKind());
        request.reclassify(severity, serviceKind);
        timeline.append(ticket, "RECLASSIFIED", actor, "重新分级 / Reclassified: " + before + " → "
                + labels.of("severity", severity) + " · " + labels.of("serviceKind", serviceKind) + " (" + reason + ")");
    }

    public void decideCharging(String ticket, String charging) {
        byTicket(ticket).decideCharging(charging);
        advance(ticket, RequestStatus.CHARGING_DECIDED, "system", "有偿/无偿 / Charging: " + labels.of("charging", charging));
    }

    /** Moves the request to its next milestone and notes it on the timeline. */
    public void advance(String ticket, RequestStatus status, String actor, String detail) {
        byTicket(ticket).advanceTo(status);
        timeline.append(ticket, status.name(), actor, detail);
        if (status == RequestStatus.ARCHIVED) {
            events.publishEvent(new RequestArchived(ticket));
        }
    }
}

package com.maintflow.intake;

import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/**
 * A row of the consultation/feedback register (客户咨询/反馈登记表): one maintenance request, keyed by
 * its ticket number, which is also the process instance's business key.
 */
@Entity
@Table(name = "mf_maintenance_request")
public class MaintenanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String ticket;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    /** The contract's terms as they were at receipt; null without a contract. */
    @Embedded
    private RequestTerms terms;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    /** Business key of the service process that raised this request (inspection, return visit); null otherwise. */
    private String origin;

    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @Column(name = "affected_system")
    private String system;

    private String title;
    private String description;
    private Instant receivedAt;
    private boolean withinFreePeriod;
    private String maintenanceType;
    private String serviceKind;
    private String severity;
    private String reviewOutcome;
    private String charging;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private String processInstanceId;

    protected MaintenanceRequest() {
    }

    MaintenanceRequest(String ticket, Customer customer, Contract contract, IntakeCommand command,
                       Instant receivedAt, boolean withinFreePeriod) {
        this.ticket = ticket;
        this.customer = customer;
        this.contract = contract;
        this.terms = contract == null ? null : RequestTerms.of(contract);
        this.channel = command.channelOrDefault();
        this.contactName = command.contactName().strip();
        this.contactEmail = command.contactEmail().strip();
        this.contactPhone = command.contactPhone();
        this.system = command.system().strip();
        this.title = command.title().strip();
        this.description = command.description();
        this.receivedAt = receivedAt;
        this.withinFreePeriod = withinFreePeriod;
        this.status = RequestStatus.RECEIVED;
    }

    void raisedFrom(String originKey) {
        this.origin = originKey;
    }

    public String getOrigin() {
        return origin;
    }

    void attachTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void classify(Classification classification) {
        this.maintenanceType = classification.maintenanceType();
        this.serviceKind = classification.serviceKind();
        this.severity = classification.severity();
        this.reviewOutcome = classification.reviewOutcome();
    }

    /** Staff corrected the review's severity and service kind; an archived request is sealed. */
    void reclassify(String newSeverity, String newServiceKind) {
        if (status == RequestStatus.ARCHIVED) {
            throw new IllegalStateException("Request " + ticket + " is archived and cannot be reclassified");
        }
        this.severity = newSeverity;
        this.serviceKind = newServiceKind;
    }

    void decideCharging(String charging) {
        this.charging = charging;
    }

    void advanceTo(RequestStatus next) {
        if (status == RequestStatus.ARCHIVED) {
            throw new IllegalStateException("Request " + ticket + " is archived and cannot move to " + next);
        }
        this.status = next;
    }

    public String getTicket() {
        return ticket;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contract getContract() {
        return contract;
    }

    /** The contract terms this request runs under, as they were when it was received; null without a contract. */
    public RequestTerms getTerms() {
        return terms;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getSystem() {
        return system;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isWithinFreePeriod() {
        return withinFreePeriod;
    }

    public String getMaintenanceType() {
        return maintenanceType;
    }

    public String getServiceKind() {
        return serviceKind;
    }

    public String getSeverity() {
        return severity;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public String getCharging() {
        return charging;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}

package com.maintflow.complaint;

import com.maintflow.customer.Customer;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the complaint register: one complaint, keyed by its number, which is also the process instance's business
 * key. It guards its own steps: a closed complaint is sealed.
 */
@Entity
@Table(name = "mf_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String complaintNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The contract whose SLA report counts the reply clock; null when the customer has no active contract. */
    private String contractNumber;

    private String channel;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String subject;
    private String description;
    private String relatedTicket;
    /** A second complaint of the same customer within 90 days: management sees it from the start. */
    private boolean repeated;
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    private String processInstanceId;
    private String repeatReview;
    private String facts;
    private String cause;
    private String responsibility;
    private String replyText;
    private Instant repliedAt;

    @Enumerated(EnumType.STRING)
    private CustomerAnswer customerAnswer;

    private Instant answeredAt;
    private String managementDecision;
    private Instant closedAt;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CorrectiveAction> actions = new ArrayList<>();

    protected Complaint() {
    }

    Complaint(String complaintNumber, Customer customer, String contractNumber, ComplaintCommand command,
              boolean repeated, Instant receivedAt, String processInstanceId) {
        this.complaintNumber = complaintNumber;
        this.customer = customer;
        this.contractNumber = contractNumber;
        this.channel = command.channelOrDefault();
        this.contactName = command.contactName().strip();
        this.contactEmail = command.contactEmail().strip();
        this.contactPhone = command.contactPhone() == null || command.contactPhone().isBlank() ? null
                : command.contactPhone().strip();
        this.subject = command.subject().strip();
        this.description = command.description();
        this.relatedTicket = command.ticketOrNull();
        this.repeated = repeated;
        this.receivedAt = receivedAt;
        this.processInstanceId = processInstanceId;
        this.status = ComplaintStatus.RECEIVED;
    }

    void reviewRepeat(String note) {
        advanceTo(ComplaintStatus.REPEAT_REVIEWED);
        this.repeatReview = note;
    }

    void investigate(String facts, String cause, String responsibility) {
        advanceTo(ComplaintStatus.INVESTIGATED);
        this.facts = facts;
        this.cause = cause;
        this.responsibility = responsibility;
    }

    CorrectiveAction recordAction(String action, String owner, LocalDate dueDate, boolean done, Instant at,
                                  String actor) {
        advanceTo(ComplaintStatus.ACTION_RECORDED);
        var recorded = new CorrectiveAction(this, action, owner, dueDate, done, at, actor);
        actions.add(recorded);
        return recorded;
    }

    void reply(String text, Instant at) {
        advanceTo(ComplaintStatus.REPLIED);
        this.replyText = text;
        this.repliedAt = at;
    }

    void answer(CustomerAnswer answer, Instant at) {
        advanceTo(switch (answer) {
            case SATISFIED -> ComplaintStatus.SATISFIED;
            case UNSATISFIED -> ComplaintStatus.UNSATISFIED;
            case NO_ANSWER -> ComplaintStatus.NO_ANSWER;
        });
        this.customerAnswer = answer;
        this.answeredAt = at;
    }

    void reviewByManagement(String decision) {
        advanceTo(ComplaintStatus.MANAGEMENT_REVIEWED);
        this.managementDecision = decision;
    }

    void close(Instant at) {
        advanceTo(ComplaintStatus.CLOSED);
        this.closedAt = at;
    }

    private void advanceTo(ComplaintStatus next) {
        if (status == ComplaintStatus.CLOSED) {
            throw new IllegalStateException("Complaint " + complaintNumber + " is closed and cannot move to " + next);
        }
        this.status = next;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getChannel() {
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

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getRelatedTicket() {
        return relatedTicket;
    }

    public boolean isRepeated() {
        return repeated;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getRepeatReview() {
        return repeatReview;
    }

    public String getFacts() {
        return facts;
    }

    public String getCause() {
        return cause;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public String getReplyText() {
        return replyText;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public CustomerAnswer getCustomerAnswer() {
        return customerAnswer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getManagementDecision() {
        return managementDecision;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<CorrectiveAction> getActions() {
        return List.copyOf(actions);
    }
}

package com.maintflow.complaint;

import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import com.maintflow.customer.Customers;
import com.maintflow.intake.InactiveCustomerException;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.TicketNumbers;
import com.maintflow.intake.UnknownCustomerException;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.SlaClocks;
import com.maintflow.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint register: registers a complaint (number, repeat check, reply clock) and moves it through its steps,
 * each written to the complaint's timeline. Other capabilities read complaints through this service only.
 */
@Service
@Transactional
public class Complaints {

    static final String SERIES = "CP";
    /** A second complaint of the same customer within this period is a repeated complaint. */
    static final Duration REPEAT_WINDOW = Duration.ofDays(90);
    /** Reply within one working day of the 5x8 calendar (7.5 working hours, as the contracts count a day). */
    static final String REPLY_CALENDAR = "5x8";
    static final long REPLY_MINUTES = 450;

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final ComplaintRepository complaints;
    private final Customers customers;
    private final MaintenanceRequests requests;
    private final TicketNumbers numbers;
    private final SlaClocks clocks;
    private final Timeline timeline;

    Complaints(ComplaintRepository complaints, Customers customers, MaintenanceRequests requests,
               TicketNumbers numbers, SlaClocks clocks, Timeline timeline) {
        this.complaints = complaints;
        this.customers = customers;
        this.requests = requests;
        this.numbers = numbers;
        this.clocks = clocks;
        this.timeline = timeline;
    }

    /** The customer a complaint names, refused (422) when unknown or deactivated, or when its ticket is not theirs. */
    @Transactional(readOnly = true)
    public Customer check(ComplaintCommand command) {
        var customer = customers.byCode(command.customerCode().strip())
                .orElseThrow(() -> new UnknownCustomerException(command.customerCode()));
        if (!customer.isActive()) {
            throw new InactiveCustomerException(customer.getCode());
        }
        String ticket = command.ticketOrNull();
        if (ticket != null && (!requests.exists(ticket)
                || !requests.byTicket(ticket).getCustomer().getCode().equals(customer.getCode()))) {
            throw new UnknownRelatedTicketException(ticket);
        }
        return customer;
    }

    /** Registers a complaint received at {@code receivedAt} and starts its reply clock on the customer's contract. */
    Complaint register(ComplaintCommand command, Instant receivedAt, String processInstanceId, String actor) {
        var customer = check(command);
        boolean repeated = complaints.existsByCustomerIdAndReceivedAtAfter(customer.getId(),
                receivedAt.minus(REPEAT_WINDOW));
        Optional<Contract> contract = contractOf(customer, receivedAt);
        var complaint = complaints.save(new Complaint(numbers.next(SERIES, receivedAt), customer,
                contract.map(Contract::getContractNumber).orElse(null), command, repeated, receivedAt,
                processInstanceId));
        String number = complaint.getComplaintNumber();
        timeline.append(number, ComplaintStatus.RECEIVED.name(), actor, "受理投诉 / Complaint received via "
                + complaint.getChannel() + ": " + complaint.getSubject()
                + (repeated ? " (90 天内重复投诉 / repeated within 90 days)" : ""));
        // Without an active contract there is no SLA to measure against: no clock (docs/complaints.md).
        contract.ifPresent(c -> clocks.startClock(number, ClockKind.COMPLAINT_REPLY, c.getContractNumber(),
                REPLY_CALENDAR, REPLY_MINUTES, receivedAt));
        return complaint;
    }

    /** The contract in force on the day, else the customer's first active contract. */
    private Optional<Contract> contractOf(Customer customer, Instant receivedAt) {
        LocalDate day = receivedAt.atZone(BUSINESS_ZONE).toLocalDate();
        return customers.contractOn(customer, day)
                .or(() -> customer.getContracts().stream().filter(Contract::isActive).findFirst());
    }

    @Transactional(readOnly = true)
    public Complaint byNumber(String number) {
        return complaints.findByComplaintNumber(number).orElseThrow(() -> new ComplaintNotFoundException(number));
    }

    @Transactional(readOnly = true)
    public boolean exists(String number) {
        return complaints.findByComplaintNumber(number).isPresent();
    }

    void reviewRepeat(String number, String note, String actor) {
        byNumber(number).reviewRepeat(note);
        timeline.append(number, ComplaintStatus.REPEAT_REVIEWED.name(), actor, "管理层审阅重复投诉 / Management "
                + "reviewed the repeated complaint: " + note);
    }

    void investigate(String number, String facts, String cause, String responsibility, String actor) {
        byNumber(number).investigate(facts, cause, responsibility);
        timeline.append(number, ComplaintStatus.INVESTIGATED.name(), actor, "调查完成 / Investigated: "
                + "责任 / responsibility " + responsibility);
    }

    void recordAction(String number, String action, String owner, LocalDate dueDate, boolean done, Instant at,
                      String actor) {
        byNumber(number).recordAction(action, owner, dueDate, done, at, actor);
        timeline.append(number, ComplaintStatus.ACTION_RECORDED.name(), actor, "纠正/预防措施 / Corrective action: "
                + action + " (" + owner + ", " + dueDate + (done ? ", 已完成 / done" : "") + ")");
    }

    void reply(String number, String text, Instant at, String actor) {
        byNumber(number).reply(text, at);
        timeline.append(number, ComplaintStatus.REPLIED.name(), actor, "已答复客户 / Replied to the customer");
    }

    void answer(String number, CustomerAnswer answer, Instant at, String actor) {
        byNumber(number).answer(answer, at);
        timeline.append(number, "CUSTOMER_" + answer.name(), actor, switch (answer) {
            case SATISFIED -> "客户满意 / Customer satisfied";
            case UNSATISFIED -> "客户不满意，转管理层 / Customer not satisfied, to management";
            case NO_ANSWER -> "客户未在期限内答复 / No answer from the customer in time";
        });
    }

    void reviewByManagement(String number, String decision, String actor) {
        byNumber(number).reviewByManagement(decision);
        timeline.append(number, ComplaintStatus.MANAGEMENT_REVIEWED.name(), actor, "管理层评审 / Management review: "
                + decision);
    }

    void close(String number, Instant at, String actor) {
        var complaint = byNumber(number);
        if (complaint.getCustomerAnswer() == null) {
            answer(number, CustomerAnswer.NO_ANSWER, at, actor);
        }
        complaint.close(at);
        timeline.append(number, ComplaintStatus.CLOSED.name(), actor, "投诉已关闭 / Complaint closed");
    }
}

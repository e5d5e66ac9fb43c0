package com.maintflow.inspection;

import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import com.maintflow.customer.CustomerContact;
import com.maintflow.customer.Customers;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.SlaClocks;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inspection capability's public face: open the period's inspection once, record it, raise, report, read. */
@Service
@Transactional
public class Inspections {

    public static final String PROCESS_KEY = "periodic-inspection";
    /** Inspections run on the clock, not office hours: the deadline is the end of the period. */
    static final String CALENDAR = "7x24";

    /** The checklist, in the form's order: variable name → label. */
    static final List<String> ITEMS = List.of("hardware", "configuration", "network", "dataSafety", "performance");
    static final Map<String, String> LABELS = Map.of("hardware", "硬件 / Hardware",
            "configuration", "配置 / Configuration", "network", "网络 / Network",
            "dataSafety", "数据安全 / Data safety", "performance", "性能 / Performance");

    private static final Logger log = LoggerFactory.getLogger(Inspections.class);
    private static final DateTimeFormatter SHANGHAI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(InspectionPeriod.ZONE);

    private final InspectionRepository inspections;
    private final Customers customers;
    private final RuntimeService runtime;
    private final SlaClocks clocks;
    private final IntakeService intake;
    private final NotificationPort notifications;
    private final Timeline timeline;

    Inspections(InspectionRepository inspections, Customers customers, RuntimeService runtime, SlaClocks clocks,
                IntakeService intake, NotificationPort notifications, Timeline timeline) {
        this.inspections = inspections;
        this.customers = customers;
        this.runtime = runtime;
        this.clocks = clocks;
        this.intake = intake;
        this.notifications = notifications;
        this.timeline = timeline;
    }

    /**
     * Opens the inspection of the period the contract's cycle has due at {@code now}: its record, its INSPECTION
     * clock to the end of the period, and its process instance, in one transaction. Empty when that period has its
     * inspection already, or the contract is gone, inactive or without cycle. Two callers at once: the second's
     * insert meets the UNIQUE (contract, period) constraint and its transaction rolls back.
     */
    public Optional<String> open(String contractNumber, Instant now) {
        Optional<Contract> found = customers.contractByNumber(contractNumber);
        if (found.isEmpty() || !found.get().isActive() || found.get().inspectionCycle().isEmpty()) {
            log.info("Contract {} has no active inspection cycle: no inspection opened", contractNumber);
            return Optional.empty();
        }
        Contract contract = found.get();
        InspectionPeriod period = InspectionPeriod.containing(contract.inspectionCycle().get(), now);
        String key = period.businessKey(contractNumber);
        if (inspections.existsById(key)) {
            log.info("Inspection {} is already open; not starting another for the period", key);
            return Optional.empty();
        }
        Inspection inspection = inspections.saveAndFlush(
                new Inspection(contractNumber, contract.getCustomer().getCode(), period, now));
        long minutes = Math.max(1, Duration.between(now, period.endsAt()).toMinutes());
        clocks.startClock(key, ClockKind.INSPECTION, contractNumber, CALENDAR, minutes, now);
        var instance = runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(key)
                .setVariable("ticket", key)
                .setVariable("contractNumber", contractNumber)
                .setVariable("periodKey", period.key())
                .setVariable("requestSummary", summary(contract, period))
                .execute();
        inspection.started(instance.getId());
        timeline.append(key, "INSPECTION_OPENED", Actors.SYSTEM,
                "巡检已开始，截止 / Inspection opened, due " + SHANGHAI_TIME.format(period.endsAt()));
        log.info("Inspection {} opened, due {}", key, period.endsAt());
        return Optional.of(key);
    }

    /** The engineer's checklist and findings ({@code Task_PerformInspection} completed). */
    void record(String key, List<Inspection.Check> checks, List<Inspection.Finding> findings, String by, Instant at) {
        Inspection inspection = byKey(key);
        inspection.inspected(checks, findings, by, at);
        long issues = checks.stream().filter(c -> "ISSUE".equals(c.getResult())).count();
        timeline.append(key, "INSPECTION_DONE", by, "巡检完成：" + issues + " 项有问题，" + findings.size()
                + " 条发现 / Inspected: " + issues + " issues, " + findings.size() + " findings");
    }

    /**
     * Opens a maintenance request for every finding marked for action that has none yet (a retry keeps those
     * raised), from the customer's first contact, channel INSPECTION, origin this inspection. Returns the tickets.
     */
    List<String> raiseRequests(String key) {
        Inspection inspection = byKey(key);
        Customer customer = customer(inspection);
        CustomerContact contact = customer.getContacts().stream().findFirst().orElseThrow(() ->
                new IllegalStateException("Customer " + customer.getCode() + " has no contact to raise a request for"));
        List<String> tickets = new ArrayList<>();
        for (Inspection.Finding finding : inspection.findingsToRaise()) {
            var submitted = intake.submitFrom(key, new IntakeCommand(customer.getCode(), contact.getName(),
                    contact.getEmail(), contact.getPhone(), "INSPECTION", "巡检 / Inspection " + key,
                    finding.getText(), "巡检 " + key + " 发现 / Finding of inspection " + key + ":\n\n"
                    + finding.getText()));
            finding.raised(submitted.ticket());
            tickets.add(submitted.ticket());
            timeline.append(key, "INSPECTION_REQUEST_RAISED", Actors.SYSTEM,
                    "已开维护请求 / Maintenance request raised: " + submitted.ticket());
        }
        return tickets;
    }

    /** Mails the report to every contact of the customer. */
    void report(String key, Instant at) {
        Inspection inspection = byKey(key);
        for (CustomerContact contact : customer(inspection).getContacts()) {
            notifications.send(new Notification(key, NotificationTemplate.INSPECTION_REPORT, contact.getEmail(),
                    Map.of("contactName", contact.getName())));
        }
        inspection.reported(at);
    }

    void archived(String key) {
        byKey(key).archived();
    }

    @Transactional(readOnly = true)
    public Inspection byKey(String key) {
        return inspections.findById(key).orElseThrow(() -> new InspectionNotFoundException(key));
    }

    @Transactional(readOnly = true)
    public Optional<Inspection> find(String key) {
        return inspections.findById(key);
    }

    @Transactional(readOnly = true)
    public List<InspectionView> ofContract(String contractNumber) {
        return inspections.findByContractNumberOrderByPeriodStartDesc(contractNumber).stream()
                .map(InspectionView::of).toList();
    }

    @Transactional(readOnly = true)
    public InspectionView view(String key) {
        return InspectionView.of(byKey(key));
    }

    String customerName(Inspection inspection) {
        return customer(inspection).getName();
    }

    private Customer customer(Inspection inspection) {
        return customers.byCode(inspection.getCustomerCode()).orElseThrow(() ->
                new IllegalStateException("Customer " + inspection.getCustomerCode() + " of " + inspection.getKey()
                        + " is gone"));
    }

    /** What the checklist form shows above the fields; Markdown-escaped, as form text renders Markdown. */
    private static String summary(Contract contract, InspectionPeriod period) {
        return "合同 / Contract: " + markdown(contract.getContractNumber())
                + "  \n客户 / Customer: " + markdown(contract.getCustomer().getName())
                + "  \n周期 / Period: " + period.key() + " (" + period.cycle() + ")"
                + "  \n截止 / Due by: " + SHANGHAI_TIME.format(period.endsAt()) + " (Asia/Shanghai)"
                + (contract.getSiteAddress() == null ? "" : "  \n地点 / Site: " + markdown(contract.getSiteAddress()));
    }

    static String markdown(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

package com.maintflow.returnvisit;

import com.maintflow.calendar.BusinessCalendars;
import com.maintflow.calendar.MissingHolidayYearException;
import com.maintflow.calendar.WorkingDays;
import com.maintflow.customer.Contract;
import com.maintflow.customer.CustomerContact;
import com.maintflow.customer.CustomerProblem;
import com.maintflow.customer.Customers;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and records a contract's phone return visits ({@code processes/return-visit.bpmn}, one instance per due
 * visit, business key {@code RV-<contract>-<yyyy-MM-dd>}): the next visit is one {@code returnVisitCycle} after the
 * previous one (the first one cycle after the schedule was set), and only while the maintenance period runs — the
 * contract is active and the day lies in warrantyStart..max(warrantyEnd, freeMaintenanceEnd). Calls are made on the
 * 5x8 calendar: an unreached customer is called again at the start of the next working day, at most 3 times.
 */
@Service
@Transactional
public class ReturnVisits {

    public static final String PROCESS_KEY = "return-visit";
    static final String WAITING_FOR_DUE_DAY = "Timer_VisitDue";
    static final String CALENDAR = "5x8";
    static final int MAX_ATTEMPTS = 3;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ReturnVisits.class);

    private final ReturnVisitRepository visits;
    private final Customers customers;
    private final IntakeService intake;
    private final RuntimeService runtime;
    private final BusinessCalendars calendars;
    private final WorkingDays workingDays;
    private final Actors actors;
    private final Timeline timeline;

    ReturnVisits(ReturnVisitRepository visits, Customers customers, IntakeService intake, RuntimeService runtime,
                 BusinessCalendars calendars, WorkingDays workingDays, Actors actors, Timeline timeline) {
        this.timeline = timeline;
        this.visits = visits;
        this.customers = customers;
        this.intake = intake;
        this.runtime = runtime;
        this.calendars = calendars;
        this.workingDays = workingDays;
        this.actors = actors;
    }

    public static String keyOf(String contractNumber, LocalDate dueOn) {
        return "RV-" + contractNumber + "-" + dueOn;
    }

    /**
     * The contract's schedule changed: the visit waiting for its day is dropped and, while the contract is active
     * with a cycle, the next one is planned one cycle from today (or from the warranty start, if later). Visits whose
     * calls have started go on.
     */
    public void replan(String contractNumber) {
        var contract = customers.contractByNumber(contractNumber).orElseThrow();
        String cycle = contract.isActive() ? contract.getReturnVisitCycle() : null;
        var waiting = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals("contractNumber", contractNumber).activityIdIn(WAITING_FOR_DUE_DAY).list();
        // Another change of the contract (its inspection cycle, say) keeps a visit planned on the same cycle.
        if (cycle != null && !waiting.isEmpty() && waiting.stream().allMatch(instance ->
                cycle.equals(runtime.getVariable(instance.getId(), "cycle")))) {
            return;
        }
        waiting.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "回访计划已变更 / schedule changed"));
        LocalDate today = today();
        LocalDate from = contract.getWarrantyStart().isAfter(today) ? contract.getWarrantyStart() : today;
        contract.returnVisitCycle().filter(period -> contract.isActive())
                .ifPresent(period -> planIfInPeriod(contract, from.plus(period)));
    }

    /** Plans the visit of {@code contractNumber} due on {@code dueOn}: it waits for that day's first working hour. */
    public String plan(String contractNumber, LocalDate dueOn) {
        String key = keyOf(contractNumber, dueOn);
        Instant dueAt = firstWorkingInstantOf(dueOn);
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(key)
                .setVariable("contractNumber", contractNumber)
                .setVariable("cycle", customers.contractByNumber(contractNumber).map(Contract::getReturnVisitCycle)
                        .orElse(null))
                .setVariable("dueOn", dueOn.toString())
                .setVariable("visitDueAt", Date.from(dueAt))
                .execute();
        log.info("Return visit {} planned for {}", key, dueAt);
        return key;
    }

    /**
     * The visit's day has come: plans the next one, one cycle on, and tells whether this one falls in the maintenance
     * period (if so its call record is opened).
     */
    boolean startVisit(String visitKey, String contractNumber, LocalDate dueOn) {
        var contract = customers.contractByNumber(contractNumber);
        boolean inPeriod = contract.map(c -> runsOn(c, dueOn)).orElse(false);
        contract.ifPresent(c -> c.returnVisitCycle().filter(cycle -> c.isActive())
                .ifPresent(cycle -> planIfInPeriod(c, dueOn.plus(cycle))));
        if (inPeriod && visits.findByVisitKey(visitKey).isEmpty()) {
            visits.save(new ReturnVisit(visitKey, contractNumber, dueOn));
        }
        return inPeriod;
    }

    /** One call; returns the attempt number. */
    int recordCall(String visitKey, Call call, String actor) {
        var visit = of(visitKey);
        int attempt = visit.call(call.contact(), actor, call.reached(), call.satisfaction().orElse(null),
                call.remarks().orElse(null), MAX_ATTEMPTS, actors.now());
        log.info("Return visit {}: call {} to {} {}", visitKey, attempt, call.contact(),
                call.reached() ? "reached" : visit.getStatus() == ReturnVisit.Status.UNREACHABLE ? "not reached, unreachable"
                        : "not reached");
        // Every try on the visit's timeline, so staff see who called whom when, not only the last call.
        timeline.append(visitKey, call.reached() ? "RETURN_VISIT_REACHED" : "RETURN_VISIT_NOT_REACHED", actor,
                "第 " + attempt + " 次致电 / Call " + attempt + ": " + call.contact() + " — "
                        + (call.reached() ? "已接通 / reached" + call.satisfaction().map(s -> "，满意度 / satisfaction "
                        + s + "/5").orElse("") : visit.getStatus() == ReturnVisit.Status.UNREACHABLE
                        ? "未接通，已达 " + MAX_ATTEMPTS + " 次 / not reached, last try" : "未接通 / not reached"));
        return attempt;
    }

    /** The start of the next working day, when an unreached customer is called again. */
    Instant nextTry() {
        try {
            return workingDays.startOfWorkingDayAfter(CALENDAR, actors.now(), 1);
        } catch (MissingHolidayYearException e) {
            log.warn("Return visit retry a day later: {}", e.getMessage());
            return actors.now().plus(Duration.ofDays(1));
        }
    }

    /** 09:00 of the due day, or of the next working day; where holidays are not known yet, 09:00 that day. */
    private Instant firstWorkingInstantOf(LocalDate day) {
        try {
            return calendars.get(CALENDAR).nextWorkingInstant(day.atStartOfDay(ZONE).toInstant());
        } catch (MissingHolidayYearException e) {
            log.warn("Return visit on {} planned without holidays: {}", day, e.getMessage());
            return day.atTime(9, 0).atZone(ZONE).toInstant();
        }
    }

    /** Opens a maintenance request (channel PHONE) for the issue the customer raised, linked to the visit. */
    String raiseRequest(String visitKey, Issue issue) {
        var visit = of(visitKey);
        var contract = customers.contractByNumber(visit.getContractNumber()).orElseThrow();
        var customer = contract.getCustomer();
        CustomerContact contact = customer.getContacts().stream()
                .filter(c -> visit.getCalledContact() != null && (visit.getCalledContact().contains(c.getEmail())
                        || visit.getCalledContact().contains(c.getName())))
                .findFirst().orElseGet(() -> customer.getContacts().stream().findFirst().orElseThrow(() ->
                        new IllegalStateException("Customer " + customer.getCode() + " has no contact")));
        var submitted = intake.submitFrom(visitKey, new IntakeCommand(customer.getCode(), contact.getName(),
                contact.getEmail(), contact.getPhone(), "PHONE", issue.system(), issue.title(), issue.description()));
        visit.raised(submitted.ticket());
        timeline.append(visitKey, "RETURN_VISIT_ISSUE_RAISED", Actors.SYSTEM,
                "客户提出的问题已登记为维护请求 / The customer's issue became request " + submitted.ticket());
        log.info("Return visit {}: issue raised as request {}", visitKey, submitted.ticket());
        return submitted.ticket();
    }

    @Transactional(readOnly = true)
    public ReturnVisit of(String visitKey) {
        return visits.findByVisitKey(visitKey)
                .orElseThrow(() -> new IllegalStateException("No return visit " + visitKey));
    }

    /**
     * A contract's return visits for staff: the one planned (waiting for its day) and those whose day came, latest
     * first; 404 for an unknown contract.
     */
    @Transactional(readOnly = true)
    public List<ReturnVisitView> ofContract(String contractNumber) {
        if (customers.contractByNumber(contractNumber).isEmpty()) {
            throw CustomerProblem.notFound("没有合同 / No contract with number " + contractNumber);
        }
        List<ReturnVisitView> views = new ArrayList<>();
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals("contractNumber", contractNumber).activityIdIn(WAITING_FOR_DUE_DAY).list()
                .forEach(instance -> views.add(ReturnVisitView.planned(instance.getBusinessKey(), contractNumber,
                        LocalDate.parse((String) runtime.getVariable(instance.getId(), "dueOn")))));
        visits.findByContractNumberOrderByDueOn(contractNumber).forEach(visit -> views.add(ReturnVisitView.of(visit,
                timeline.of(visit.getVisitKey()).stream().map(entry -> entry.getDetail()).toList())));
        views.sort(Comparator.comparing(ReturnVisitView::dueOn).reversed());
        return views;
    }

    @Transactional(readOnly = true)
    Optional<Contract> contract(String contractNumber) {
        return customers.contractByNumber(contractNumber);
    }

    private void planIfInPeriod(Contract contract, LocalDate dueOn) {
        if (runsOn(contract, dueOn)) {
            plan(contract.getContractNumber(), dueOn);
        } else {
            log.info("Contract {}: no return visit on {}, outside its maintenance period",
                    contract.getContractNumber(), dueOn);
        }
    }

    private static boolean runsOn(Contract contract, LocalDate day) {
        return contract.isActive() && contract.coversFreeMaintenanceOn(day);
    }

    private LocalDate today() {
        return actors.now().atZone(ZONE).toLocalDate();
    }

    /** What one call found out. */
    record Call(String contact, boolean reached, Optional<Integer> satisfaction, Optional<String> remarks) {
    }

    /** An issue the customer raised on the phone. */
    record Issue(String system, String title, String description) {
    }
}

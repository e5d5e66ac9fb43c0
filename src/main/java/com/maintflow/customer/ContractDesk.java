package com.maintflow.customer;

import com.maintflow.customer.CustomerProblem.FieldProblem;
import com.maintflow.customer.CustomerViews.ContractView;
import com.maintflow.customer.CustomerViews.StaffView;
import com.maintflow.notify.Notification;
import com.maintflow.notify.NotificationPort;
import com.maintflow.notify.NotificationTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts are signed and amended here. An amendment changes new requests only (each request keeps the terms it was
 * received under); a change of the responsible engineers is mailed to the customer's contacts in the same
 * transaction, through the outbox.
 */
@Service
@Transactional
public class ContractDesk {

    private final CustomerRepository customers;
    private final ContractTermsCatalog catalog;
    private final StaffRoster roster;
    private final RequestReferences references;
    private final NotificationPort notifications;
    private final ApplicationEventPublisher events;

    ContractDesk(CustomerRepository customers, ContractTermsCatalog catalog, StaffRoster roster,
                 RequestReferences references, NotificationPort notifications, ApplicationEventPublisher events) {
        this.events = events;
        this.customers = customers;
        this.catalog = catalog;
        this.roster = roster;
        this.references = references;
        this.notifications = notifications;
    }

    public Contract add(String customerCode, ContractInput input) {
        var customer = customers.findByCode(customerCode).orElseThrow(() ->
                CustomerProblem.notFound("没有客户 / No customer with code " + customerCode));
        var missing = input.missingForNew();
        if (!missing.isEmpty()) {
            throw CustomerProblem.invalid(missing);
        }
        String number = input.contractNumber().strip();
        var terms = input.terms(number);
        refuseBadTerms(terms);
        if (customers.findContractByNumber(number).isPresent()) {
            throw CustomerProblem.conflict("合同编号已存在 / Contract " + number + " already exists");
        }
        var contract = customer.addContract(terms);
        if (Boolean.FALSE.equals(input.active())) {
            contract.setActive(false);
        }
        try {
            customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException e) {
            // Another clerk signed the same number between the check above and this insert.
            throw CustomerProblem.conflict("合同编号已存在 / Contract " + number + " already exists");
        }
        events.publishEvent(ContractScheduleChanged.of(contract));
        return contract;
    }

    /** Replaces the contract's terms (the number stays) and (de)activates it; open requests keep their terms. */
    public Contract amend(String number, ContractInput input) {
        var contract = find(number);
        if (input.contractNumber() != null && !input.contractNumber().strip().equals(number)) {
            throw CustomerProblem.invalid(List.of(new FieldProblem("contractNumber",
                    "与地址中的合同编号不一致 / differs from the number in the path")));
        }
        var terms = input.over(contract.terms());
        refuseBadTerms(terms);
        Set<String> before = contract.getResponsibleEngineers();
        var scheduleBefore = ContractScheduleChanged.of(contract);
        contract.amend(terms);
        if (input.active() != null) {
            contract.setActive(input.active());
        }
        customers.flush();
        var schedule = ContractScheduleChanged.of(contract);
        if (!schedule.equals(scheduleBefore)) {
            events.publishEvent(schedule);
        }
        if (!before.equals(contract.getResponsibleEngineers())) {
            tellContactsEngineersChanged(contract, before);
        }
        return contract;
    }

    /** Deletes a contract no request refers to; one that has requests is deactivated instead (409). */
    public void delete(String number) {
        var contract = find(number);
        refuseDeletionIfReferenced(contract);
        var customer = contract.getCustomer();
        customer.removeContract(contract);
        customers.saveAndFlush(customer);
    }

    void refuseDeletionIfReferenced(Contract contract) {
        if (references.anyForContract(contract.getId())) {
            throw CustomerProblem.conflict("合同 " + contract.getContractNumber() + " 已有维护请求，不能删除，请停用 / "
                    + "Contract " + contract.getContractNumber() + " has maintenance requests and cannot be deleted;"
                    + " deactivate it (\"active\": false) instead");
        }
    }

    @Transactional(readOnly = true)
    public ContractView view(String number) {
        return view(find(number));
    }

    ContractView view(Contract c) {
        return new ContractView(c.getContractNumber(), c.getCustomer().getCode(), c.getCustomer().getName(),
                c.getServiceLevel(), c.getServiceCalendar(), c.getWarrantyStart(), c.getWarrantyEnd(),
                c.getFreeMaintenanceEnd(), c.getContractValue(), c.getPenaltyRatePercent(), c.getPenaltyCapPercent(),
                c.getResidentEngineer(), c.getSiteAddress(), roster.views(c.getResponsibleEngineers()), c.isActive(),
                c.getInspectionCycle(), c.getReturnVisitCycle(), c.getOnSiteHours(), c.getRestoreHours(),
                c.getSeniorEngineerHours());
    }

    /** The requests under this contract that are not archived yet, for the contract page. */
    @Transactional(readOnly = true)
    public List<RequestReferences.OpenRequest> openRequests(String number) {
        return references.openForContract(find(number).getId());
    }

    Contract find(String number) {
        return customers.findContractByNumber(number).orElseThrow(() ->
                CustomerProblem.notFound("没有合同 / No contract with number " + number));
    }

    /** Dates out of order are malformed input (400); a level, calendar or engineer MaintFlow lacks is 422. */
    private void refuseBadTerms(Contract.Terms input) {
        var malformed = new ArrayList<FieldProblem>();
        if (input.warrantyEnd().isBefore(input.warrantyStart())) {
            malformed.add(new FieldProblem("warrantyEnd", "不能早于保修开始日期 / must not be before warrantyStart"));
        }
        if (input.freeMaintenanceEnd().isBefore(input.warrantyEnd())) {
            malformed.add(new FieldProblem("freeMaintenanceEnd",
                    "不能早于保修结束日期 / must not be before warrantyEnd"));
        }
        ServiceCycle.problem("inspectionCycle", input.inspectionCycle()).ifPresent(malformed::add);
        ServiceCycle.problem("returnVisitCycle", input.returnVisitCycle()).ifPresent(malformed::add);
        if (!malformed.isEmpty()) {
            throw CustomerProblem.invalid(malformed);
        }
        var unknown = new ArrayList<FieldProblem>();
        if (!catalog.serviceLevels().contains(input.serviceLevel().strip())) {
            unknown.add(new FieldProblem("serviceLevel", "SLA 目标表中没有此服务级别 / not a service level of "
                    + "sla-targets.dmn; one of " + String.join(", ", catalog.serviceLevels().stream().sorted().toList())));
        }
        if (!catalog.calendars().contains(input.serviceCalendar().strip())) {
            unknown.add(new FieldProblem("serviceCalendar", "没有此服务日历 / not a calendar of config/calendars; one of "
                    + String.join(", ", catalog.calendars().stream().sorted().toList())));
        }
        var notOnRoster = roster.missing(input.engineers());
        if (!notOnRoster.isEmpty()) {
            unknown.add(new FieldProblem("responsibleEngineers", "不在服务人员名单中 / not on the staff roster: "
                    + String.join(", ", notOnRoster)));
        }
        if (!unknown.isEmpty()) {
            throw CustomerProblem.unknown(unknown);
        }
    }

    private void tellContactsEngineersChanged(Contract contract, Set<String> before) {
        String previous = lines(roster.views(before));
        String current = lines(roster.views(contract.getResponsibleEngineers()));
        for (CustomerContact contact : contract.getCustomer().getContacts()) {
            notifications.send(new Notification(contract.getContractNumber(),
                    NotificationTemplate.RESPONSIBLE_ENGINEER_CHANGED, contact.getEmail(), Map.of(
                            "contactName", contact.getName(), "customerName", contract.getCustomer().getName(),
                            "previous", previous, "current", current)));
        }
    }

    private static String lines(List<StaffView> staff) {
        return staff.isEmpty() ? "暂无 / none named"
                : staff.stream().map(StaffView::line).collect(Collectors.joining("；"));
    }
}

package com.maintflow.customer;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when, read from Envers' revisions: each entry lists the fields that changed, old → new. A
 * contract's history is its own; a customer's includes its contacts.
 */
@Service
@Transactional(readOnly = true)
public class ChangeHistory {

    /** One revision of one record. {@code subject} says which record (the contract, the customer, a contact). */
    public record Entry(long revision, Instant at, String actor, String subject, String change,
                        List<FieldChange> changes) {
    }

    public record FieldChange(String field, String from, String to) {
    }

    private final EntityManager entityManager;
    private final CustomerDesk customers;
    private final ContractDesk contracts;
    private final StaffRoster roster;

    ChangeHistory(EntityManager entityManager, CustomerDesk customers, ContractDesk contracts, StaffRoster roster) {
        this.entityManager = entityManager;
        this.customers = customers;
        this.contracts = contracts;
        this.roster = roster;
    }

    public List<Entry> ofContract(String number) {
        var contract = contracts.find(number);
        return entries(Contract.class, AuditEntity.id().eq(contract.getId()),
                c -> "合同 / Contract " + number, ChangeHistory::fieldsOf);
    }

    public List<Entry> ofCustomer(String code) {
        var customer = customers.find(code);
        var all = new ArrayList<>(entries(Customer.class, AuditEntity.id().eq(customer.getId()),
                c -> "客户 / Customer " + code, c -> fields("name", c.getName(), "active", c.isActive())));
        all.addAll(entries(CustomerContact.class, AuditEntity.relatedId("customer").eq(customer.getId()),
                c -> "联系人 / Contact " + c.getEmail(),
                c -> fields("name", c.getName(), "email", c.getEmail(), "phone", c.getPhone())));
        all.sort(Comparator.comparingLong(Entry::revision).thenComparing(Entry::subject));
        return all;
    }

    public List<Entry> ofStaff(String userId) {
        roster.view(userId);
        return entries(StaffProfile.class, AuditEntity.id().eq(userId), p -> "服务人员 / Staff " + userId,
                p -> fields("displayName", p.getDisplayName(), "phone", p.getPhone(), "title", p.getTitle(),
                        "remarks", p.getRemarks()));
    }

    /**
     * The history of one record of another capability's audited entity (e.g. a knowledge article), read the same way:
     * {@code describe} names the fields to compare, {@link #fields} builds them.
     */
    public <T> List<Entry> of(Class<T> type, Object id, Function<T, String> subject,
                              Function<T, Map<String, String>> describe) {
        return entries(type, AuditEntity.id().eq(id), subject, describe);
    }

    /**
     * Every revision of the entities matching {@code which}, oldest first, each compared with the previous revision
     * of the same entity. Envers returns the state after each revision (for a deletion, the last state, as
     * {@code store_data_at_delete} is on).
     */
    private <T> List<Entry> entries(Class<T> type, AuditCriterion which, Function<T, String> subject,
                                    Function<T, Map<String, String>> describe) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true).add(which)
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Object, Map<String, String>> lastSeen = new LinkedHashMap<>();
        var entries = new ArrayList<Entry>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T state = (T) row[0];
            var revision = (ChangeRevision) row[1];
            var kind = (RevisionType) row[2];
            Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(state);
            Map<String, String> now = kind == RevisionType.DEL ? Map.of() : describe.apply(state);
            Map<String, String> before = lastSeen.getOrDefault(id, Map.of());
            entries.add(new Entry(revision.getId(), revision.getAt(), revision.getActor(), subject.apply(state),
                    changeName(kind), diff(before, now)));
            lastSeen.put(id, now);
        }
        return entries;
    }

    private static String changeName(RevisionType kind) {
        return switch (kind) {
            case ADD -> "CREATED";
            case MOD -> "CHANGED";
            case DEL -> "DELETED";
        };
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        var names = new TreeSet<String>(Comparator.comparingInt(name -> order(name, before, after)));
        names.addAll(after.keySet());
        names.addAll(before.keySet());
        return names.stream().filter(n -> !Objects.equals(before.get(n), after.get(n)))
                .map(n -> new FieldChange(n, before.get(n), after.get(n))).toList();
    }

    /** Fields keep the order {@code describe} gives them. */
    private static int order(String name, Map<String, String> before, Map<String, String> after) {
        var keys = new ArrayList<>(after.isEmpty() ? before.keySet() : after.keySet());
        int index = keys.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static Map<String, String> fieldsOf(Contract c) {
        return fields("serviceLevel", c.getServiceLevel(), "serviceCalendar", c.getServiceCalendar(),
                "warrantyStart", c.getWarrantyStart(), "warrantyEnd", c.getWarrantyEnd(),
                "freeMaintenanceEnd", c.getFreeMaintenanceEnd(), "contractValue", c.getContractValue(),
                "penaltyRatePercent", c.getPenaltyRatePercent(), "penaltyCapPercent", c.getPenaltyCapPercent(),
                "residentEngineer", c.getResidentEngineer(), "siteAddress", c.getSiteAddress(),
                "inspectionCycle", c.getInspectionCycle(), "returnVisitCycle", c.getReturnVisitCycle(),
                "onSiteHours", c.getOnSiteHours(), "restoreHours", c.getRestoreHours(),
                "seniorEngineerHours", c.getSeniorEngineerHours(),
                "responsibleEngineers", String.join(", ", new TreeSet<>(c.getResponsibleEngineers())),
                "active", c.isActive());
    }

    /** Name/value pairs as text; numbers without trailing zeros so 500000 and 500000.00 compare equal. */
    public static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            String text = value == null ? null
                    : value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : value.toString();
            fields.put((String) namesAndValues[i], text == null || text.isEmpty() ? null : text);
        }
        return fields;
    }
}

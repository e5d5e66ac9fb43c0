package com.maintflow.customer;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;

/**
 * A service contract (服务承诺): warranty and free-maintenance periods decide FREE or PAID work, the service level
 * and calendar drive the SLA clocks, the penalty rate prices a breach, the responsible engineers are the customer's
 * named people (批定专人). Amending it changes new requests only: a request copies the terms it was received under.
 * Never deleted once a request refers to it; deactivated instead. Every change is kept by Envers.
 */
@Entity
@Table(name = "mf_contract")
@Audited
public class Contract {

    /** What a contract is signed with, as the API, the pages and the demo data name it. */
    public record Terms(String contractNumber, String serviceLevel, String serviceCalendar, LocalDate warrantyStart,
                        LocalDate warrantyEnd, LocalDate freeMaintenanceEnd, BigDecimal contractValue,
                        BigDecimal penaltyRatePercent, BigDecimal penaltyCapPercent, String residentEngineer,
                        String siteAddress, Set<String> engineers, String inspectionCycle,
                        String returnVisitCycle, Integer onSiteHours, Integer restoreHours,
                        Integer seniorEngineerHours) {

        static final BigDecimal DEFAULT_PENALTY_CAP = new BigDecimal("10.00");

        public Terms {
            engineers = engineers == null ? Set.of() : Set.copyOf(engineers);
        }

        /** Terms without emergency targets (the defaults apply). */
        public Terms(String contractNumber, String serviceLevel, String serviceCalendar, LocalDate warrantyStart,
                     LocalDate warrantyEnd, LocalDate freeMaintenanceEnd, BigDecimal contractValue,
                     BigDecimal penaltyRatePercent, BigDecimal penaltyCapPercent, String residentEngineer,
                     String siteAddress, Set<String> engineers, String inspectionCycle, String returnVisitCycle) {
            this(contractNumber, serviceLevel, serviceCalendar, warrantyStart, warrantyEnd, freeMaintenanceEnd,
                    contractValue, penaltyRatePercent, penaltyCapPercent, residentEngineer, siteAddress, engineers,
                    inspectionCycle, returnVisitCycle, null, null, null);
        }
    }

    /** Emergency response targets (应急响应) when the contract names none, in hours of a 7x24 clock. */
    public static final int DEFAULT_ON_SITE_HOURS = 4;
    public static final int DEFAULT_RESTORE_HOURS = 4;
    public static final int DEFAULT_SENIOR_ENGINEER_HOURS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    private String contractNumber;
    private String serviceLevel;
    private LocalDate warrantyStart;
    private LocalDate warrantyEnd;
    private LocalDate freeMaintenanceEnd;
    private String serviceCalendar;
    private BigDecimal contractValue;
    private BigDecimal penaltyRatePercent;
    /** Penalties are capped per calendar month at this share of the contract value; 10 % unless negotiated. */
    private BigDecimal penaltyCapPercent;
    private String residentEngineer;
    private String siteAddress;
    /** ISO-8601 period of the periodic inspection (定期巡检), e.g. P1M; null: none. */
    private String inspectionCycle;
    /** ISO-8601 period of the phone return visits (定期电话回访) while the maintenance period runs; null: none. */
    private String returnVisitCycle;
    /** Emergency: hours from declaration until an engineer is on site; null: {@value #DEFAULT_ON_SITE_HOURS}. */
    private Integer onSiteHours;
    /** Emergency: hours from declaration until service is restored; null: {@value #DEFAULT_RESTORE_HOURS}. */
    private Integer restoreHours;
    /** Emergency: not restored after these hours, a senior engineer is assigned; null: 12. */
    private Integer seniorEngineerHours;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mf_contract_engineer", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "user_id")
    private Set<String> responsibleEngineers = new TreeSet<>();

    protected Contract() {
    }

    Contract(Customer customer, Terms terms) {
        this.customer = customer;
        this.contractNumber = terms.contractNumber();
        amend(terms);
    }

    /** Replaces every term but the number; the number is the contract's identity. */
    void amend(Terms terms) {
        this.serviceLevel = terms.serviceLevel();
        this.serviceCalendar = terms.serviceCalendar();
        this.warrantyStart = terms.warrantyStart();
        this.warrantyEnd = terms.warrantyEnd();
        this.freeMaintenanceEnd = terms.freeMaintenanceEnd();
        this.contractValue = terms.contractValue();
        this.penaltyRatePercent = terms.penaltyRatePercent();
        this.penaltyCapPercent = terms.penaltyCapPercent() == null ? Terms.DEFAULT_PENALTY_CAP
                : terms.penaltyCapPercent();
        this.residentEngineer = terms.residentEngineer();
        this.siteAddress = terms.siteAddress();
        this.inspectionCycle = terms.inspectionCycle();
        this.returnVisitCycle = terms.returnVisitCycle();
        this.onSiteHours = terms.onSiteHours();
        this.restoreHours = terms.restoreHours();
        this.seniorEngineerHours = terms.seniorEngineerHours();
        this.responsibleEngineers.retainAll(terms.engineers());
        this.responsibleEngineers.addAll(terms.engineers());
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** True when work received on {@code day} falls in the warranty or the free-maintenance period. */
    public boolean coversFreeMaintenanceOn(LocalDate day) {
        LocalDate freeUntil = freeMaintenanceEnd.isAfter(warrantyEnd) ? freeMaintenanceEnd : warrantyEnd;
        return !day.isBefore(warrantyStart) && !day.isAfter(freeUntil);
    }

    /** Active and started by {@code day}. */
    public boolean isInForceOn(LocalDate day) {
        return active && !day.isBefore(warrantyStart);
    }

    /** The terms as they stand, e.g. to amend one of them. */
    public Terms terms() {
        return new Terms(contractNumber, serviceLevel, serviceCalendar, warrantyStart, warrantyEnd, freeMaintenanceEnd,
                contractValue, penaltyRatePercent, penaltyCapPercent, residentEngineer, siteAddress,
                Set.copyOf(responsibleEngineers), inspectionCycle, returnVisitCycle, onSiteHours, restoreHours,
                seniorEngineerHours);
    }

    public Integer getOnSiteHours() {
        return onSiteHours;
    }

    public Integer getRestoreHours() {
        return restoreHours;
    }

    public Integer getSeniorEngineerHours() {
        return seniorEngineerHours;
    }

    /** Emergency on-site target in hours, the default when the contract names none. */
    public int onSiteHoursOrDefault() {
        return onSiteHours == null ? DEFAULT_ON_SITE_HOURS : onSiteHours;
    }

    public int restoreHoursOrDefault() {
        return restoreHours == null ? DEFAULT_RESTORE_HOURS : restoreHours;
    }

    public int seniorEngineerHoursOrDefault() {
        return seniorEngineerHours == null ? DEFAULT_SENIOR_ENGINEER_HOURS : seniorEngineerHours;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public LocalDate getWarrantyStart() {
        return warrantyStart;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public LocalDate getFreeMaintenanceEnd() {
        return freeMaintenanceEnd;
    }

    public String getServiceCalendar() {
        return serviceCalendar;
    }

    public BigDecimal getContractValue() {
        return contractValue;
    }

    public BigDecimal getPenaltyRatePercent() {
        return penaltyRatePercent;
    }

    public BigDecimal getPenaltyCapPercent() {
        return penaltyCapPercent;
    }

    public String getResidentEngineer() {
        return residentEngineer;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    /** The inspection cycle, e.g. one month; empty when the contract has no periodic inspection. */
    public Optional<Period> inspectionCycle() {
        return ServiceCycle.parse(inspectionCycle);
    }

    /** The return-visit cycle, e.g. three months; empty when the contract has no return visits. */
    public Optional<Period> returnVisitCycle() {
        return ServiceCycle.parse(returnVisitCycle);
    }

    public String getInspectionCycle() {
        return inspectionCycle;
    }

    public String getReturnVisitCycle() {
        return returnVisitCycle;
    }

    public boolean isActive() {
        return active;
    }

    /** Camunda user ids of the engineers named for this contract, sorted. */
    public Set<String> getResponsibleEngineers() {
        return Set.copyOf(responsibleEngineers);
    }
}

package com.maintflow.customer;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A service contract: warranty and free-maintenance periods decide FREE or PAID work, the service
 * calendar and SLA targets drive the clocks, the penalty rate prices a breach.
 */
@Entity
@Table(name = "mf_contract")
public class Contract {

    /** What a contract is signed with; a record so demo data and tests name every term. */
    public record Terms(String contractNumber, String serviceLevel, LocalDate warrantyStart,
                        LocalDate warrantyEnd, LocalDate freeMaintenanceEnd, String serviceCalendar,
                        String slaTargets, BigDecimal contractValue, BigDecimal penaltyRatePercent,
                        String residentEngineer) {
    }

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
    /** Placeholder for per-contract SLA targets until the SLA capability decides them by DMN. */
    private String slaTargets;
    private BigDecimal contractValue;
    private BigDecimal penaltyRatePercent;
    /** Penalties are capped per calendar month at this share of the contract value; 10 % unless negotiated. */
    private BigDecimal penaltyCapPercent = new BigDecimal("10.00");
    private String residentEngineer;

    protected Contract() {
    }

    Contract(Customer customer, Terms terms) {
        this.customer = customer;
        this.contractNumber = terms.contractNumber();
        this.serviceLevel = terms.serviceLevel();
        this.warrantyStart = terms.warrantyStart();
        this.warrantyEnd = terms.warrantyEnd();
        this.freeMaintenanceEnd = terms.freeMaintenanceEnd();
        this.serviceCalendar = terms.serviceCalendar();
        this.slaTargets = terms.slaTargets();
        this.contractValue = terms.contractValue();
        this.penaltyRatePercent = terms.penaltyRatePercent();
        this.residentEngineer = terms.residentEngineer();
    }

    /** True when work received on {@code day} falls in the warranty or the free-maintenance period. */
    public boolean coversFreeMaintenanceOn(LocalDate day) {
        LocalDate freeUntil = freeMaintenanceEnd.isAfter(warrantyEnd) ? freeMaintenanceEnd : warrantyEnd;
        return !day.isBefore(warrantyStart) && !day.isAfter(freeUntil);
    }

    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(warrantyStart);
    }

    public Long getId() {
        return id;
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

    public String getSlaTargets() {
        return slaTargets;
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
}

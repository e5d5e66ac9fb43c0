package com.maintflow.inspection;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Persistable;

/**
 * One inspection of one contract for one due period, keyed by its business key. Always inserted, never merged
 * ({@link Persistable#isNew}), so a second start for the same period meets the UNIQUE (contract, period) constraint
 * instead of overwriting the first.
 */
@Entity
@Table(name = "mf_inspection")
public class Inspection implements Persistable<String> {

    /** Where an inspection stands. */
    public enum Status { OPEN, INSPECTED, REPORTED, ARCHIVED }

    /** One checklist item's result. */
    @Embeddable
    public static class Check {
        private String item;
        private String result;
        private String note;

        protected Check() {
        }

        Check(String item, String result, String note) {
            this.item = item;
            this.result = result;
            this.note = note;
        }

        public String getItem() {
            return item;
        }

        public String getResult() {
            return result;
        }

        public String getNote() {
            return note;
        }
    }

    /** A free finding; {@code ticket} is the maintenance request raised for it. */
    @Embeddable
    public static class Finding {
        @Column(name = "finding_text")
        private String text;
        private boolean raiseRequest;
        private String ticket;

        protected Finding() {
        }

        Finding(String text, boolean raiseRequest) {
            this.text = text;
            this.raiseRequest = raiseRequest;
        }

        public String getText() {
            return text;
        }

        public boolean isRaiseRequest() {
            return raiseRequest;
        }

        public String getTicket() {
            return ticket;
        }

        void raised(String ticket) {
            this.ticket = ticket;
        }
    }

    @Id
    @Column(name = "inspection_key")
    private String key;
    private String contractNumber;
    private String customerCode;
    private String periodKey;
    private String cycle;
    private LocalDate periodStart;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant openedAt;
    private Instant inspectedAt;
    private String inspectedBy;
    private Instant reportedAt;
    private String processInstanceId;

    @ElementCollection
    @CollectionTable(name = "mf_inspection_check", joinColumns = @JoinColumn(name = "inspection_key"))
    @OrderColumn(name = "position")
    private List<Check> checks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mf_inspection_finding", joinColumns = @JoinColumn(name = "inspection_key"))
    @OrderColumn(name = "position")
    private List<Finding> findings = new ArrayList<>();

    @Transient
    private boolean fresh;

    protected Inspection() {
    }

    Inspection(String contractNumber, String customerCode, InspectionPeriod period, Instant openedAt) {
        this.key = period.businessKey(contractNumber);
        this.contractNumber = contractNumber;
        this.customerCode = customerCode;
        this.periodKey = period.key();
        this.cycle = period.cycle().toString();
        this.periodStart = period.start();
        this.dueAt = period.endsAt();
        this.status = Status.OPEN;
        this.openedAt = openedAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void inspected(List<Check> checks, List<Finding> findings, String by, Instant at) {
        this.checks.clear();
        this.checks.addAll(checks);
        this.findings.clear();
        this.findings.addAll(findings);
        this.inspectedBy = by;
        this.inspectedAt = at;
        this.status = Status.INSPECTED;
    }

    void reported(Instant at) {
        this.reportedAt = at;
        this.status = Status.REPORTED;
    }

    void archived() {
        this.status = Status.ARCHIVED;
    }

    /** The findings marked for action that have no maintenance request yet. */
    List<Finding> findingsToRaise() {
        return findings.stream().filter(f -> f.isRaiseRequest() && f.getTicket() == null).toList();
    }

    Optional<String> processInstance() {
        return Optional.ofNullable(processInstanceId);
    }

    public String getKey() {
        return key;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public String getCycle() {
        return cycle;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    public String getInspectedBy() {
        return inspectedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<Check> getChecks() {
        return List.copyOf(checks);
    }

    public List<Finding> getFindings() {
        return List.copyOf(findings);
    }
}

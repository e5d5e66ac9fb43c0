package com.maintflow.emergency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One emergency declared on a maintenance request: why and by whom, the contract's targets as they were then, the
 * dispatch, the arrival, the backup/restore checklist and the post-incident review. A record of the request, sealed
 * with its archive.
 */
@Entity
@Table(name = "mf_emergency")
public class Emergency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ticket;
    private String processInstanceId;
    private String reason;
    private String declaredBy;
    private Instant declaredAt;
    private String contractNumber;
    private int onSiteHours;
    private int restoreHours;
    private int seniorEngineerHours;
    private String engineer;
    private Instant eta;
    private String dispatchedBy;
    private Instant arrivedAt;
    private String arrivalConfirmedBy;
    private String seniorEngineer;
    private Boolean backupTaken;
    private String backupLocation;
    private Boolean restoreTested;
    private Boolean dataVerified;
    private String restoreNote;
    private String restoredBy;
    private Instant restoredAt;
    private String reviewTimeline;
    private String rootCause;
    private String preventiveActions;
    private String reviewedBy;
    private Instant reviewedAt;
    @Enumerated(EnumType.STRING)
    private EmergencyStatus status;
    /** The ticket while this emergency runs (UNIQUE), null once reviewed. */
    private String runningTicket;

    protected Emergency() {
    }

    Emergency(String ticket, String reason, String declaredBy, Instant declaredAt, String contractNumber,
              int onSiteHours, int restoreHours, int seniorEngineerHours) {
        this.ticket = ticket;
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
        this.contractNumber = contractNumber;
        this.onSiteHours = onSiteHours;
        this.restoreHours = restoreHours;
        this.seniorEngineerHours = seniorEngineerHours;
        this.status = EmergencyStatus.DECLARED;
        this.runningTicket = ticket;
    }

    void started(String instanceId) {
        this.processInstanceId = instanceId;
    }

    void dispatched(String engineerId, Instant expectedAt, String by) {
        this.engineer = engineerId;
        this.eta = expectedAt;
        this.dispatchedBy = by;
        this.status = EmergencyStatus.DISPATCHED;
    }

    void arrived(Instant at, String confirmedBy) {
        this.arrivedAt = at;
        this.arrivalConfirmedBy = confirmedBy;
        this.status = EmergencyStatus.ON_SITE;
    }

    void seniorAssigned(String seniorId) {
        this.seniorEngineer = seniorId;
    }

    void restored(boolean backup, String location, boolean tested, boolean verified, String note, String by,
                  Instant at) {
        this.backupTaken = backup;
        this.backupLocation = location;
        this.restoreTested = tested;
        this.dataVerified = verified;
        this.restoreNote = note;
        this.restoredBy = by;
        this.restoredAt = at;
        this.status = EmergencyStatus.RESTORED;
    }

    void reviewed(String timeline, String cause, String actions, String by, Instant at) {
        this.reviewTimeline = timeline;
        this.rootCause = cause;
        this.preventiveActions = actions;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.status = EmergencyStatus.REVIEWED;
        this.runningTicket = null;
    }

    public Long getId() { return id; }
    public String getTicket() { return ticket; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getReason() { return reason; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getDeclaredAt() { return declaredAt; }
    public String getContractNumber() { return contractNumber; }
    public int getOnSiteHours() { return onSiteHours; }
    public int getRestoreHours() { return restoreHours; }
    public int getSeniorEngineerHours() { return seniorEngineerHours; }
    public String getEngineer() { return engineer; }
    public Instant getEta() { return eta; }
    public String getDispatchedBy() { return dispatchedBy; }
    public Instant getArrivedAt() { return arrivedAt; }
    public String getArrivalConfirmedBy() { return arrivalConfirmedBy; }
    public String getSeniorEngineer() { return seniorEngineer; }
    public Boolean getBackupTaken() { return backupTaken; }
    public String getBackupLocation() { return backupLocation; }
    public Boolean getRestoreTested() { return restoreTested; }
    public Boolean getDataVerified() { return dataVerified; }
    public String getRestoreNote() { return restoreNote; }
    public String getRestoredBy() { return restoredBy; }
    public Instant getRestoredAt() { return restoredAt; }
    public String getReviewTimeline() { return reviewTimeline; }
    public String getRootCause() { return rootCause; }
    public String getPreventiveActions() { return preventiveActions; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public EmergencyStatus getStatus() { return status; }
}

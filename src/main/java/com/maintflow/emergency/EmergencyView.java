package com.maintflow.emergency;

import java.time.Instant;

/** An emergency as the API shows it and the request's archive seals it. */
public record EmergencyView(String ticket, String processInstanceId, EmergencyStatus status, String reason,
                            String declaredBy, Instant declaredAt, String contractNumber, int onSiteHours,
                            int restoreHours, int seniorEngineerHours, String engineer, Instant eta,
                            String dispatchedBy, Instant arrivedAt, String arrivalConfirmedBy, String seniorEngineer,
                            Checklist backupRestoreChecklist, Review postIncidentReview) {

    /** The backup/restore checklist of the engineer who restored service. */
    public record Checklist(Boolean backupTaken, String backupLocation, Boolean restoreTested, Boolean dataVerified,
                            String note, String restoredBy, Instant restoredAt) {
    }

    /** The post-incident review: timeline, root cause, preventive actions. */
    public record Review(String timeline, String rootCause, String preventiveActions, String reviewedBy,
                         Instant reviewedAt) {
    }

    static EmergencyView of(Emergency e) {
        return new EmergencyView(e.getTicket(), e.getProcessInstanceId(), e.getStatus(), e.getReason(),
                e.getDeclaredBy(), e.getDeclaredAt(), e.getContractNumber(), e.getOnSiteHours(), e.getRestoreHours(),
                e.getSeniorEngineerHours(), e.getEngineer(), e.getEta(), e.getDispatchedBy(), e.getArrivedAt(),
                e.getArrivalConfirmedBy(), e.getSeniorEngineer(),
                e.getRestoredAt() == null ? null : new Checklist(e.getBackupTaken(), e.getBackupLocation(),
                        e.getRestoreTested(), e.getDataVerified(), e.getRestoreNote(), e.getRestoredBy(),
                        e.getRestoredAt()),
                e.getReviewedAt() == null ? null : new Review(e.getReviewTimeline(), e.getRootCause(),
                        e.getPreventiveActions(), e.getReviewedBy(), e.getReviewedAt()));
    }
}

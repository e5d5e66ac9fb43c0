package com.maintflow.intake;

/** The review's classification of a request, as the review form's enum values. */
public record Classification(String maintenanceType, String serviceKind, String severity, String reviewOutcome) {
}

package com.maintflow.sla;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/requests/{ticket}/classification}: the corrected severity and service kind, with the reason. */
public record ClassificationChange(
        @NotNull @Pattern(regexp = "CRITICAL|MAJOR|GENERAL|LOW") String severity,
        @NotNull @Pattern(regexp = "CONSULTATION|PATCH_UPGRADE|VULNERABILITY|DATA_STRUCTURE|USER_PERMISSION|USAGE"
                + "|DEFECT|USABILITY|PERFORMANCE") String serviceKind,
        @NotBlank @Size(max = 1000) String reason) {
}

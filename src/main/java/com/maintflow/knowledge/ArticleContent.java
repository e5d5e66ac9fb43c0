package com.maintflow.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff write in an article (the body of {@code PUT /api/knowledge/articles/{id}}): the kind of service and
 * maintenance type take the review form's values and may be empty.
 */
public record ArticleContent(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String system,
        @Pattern(regexp = "(CONSULTATION|PATCH_UPGRADE|VULNERABILITY|DATA_STRUCTURE|USER_PERMISSION|USAGE|DEFECT"
                + "|USABILITY|PERFORMANCE)?", message = "must be a kind of service of the review form") String serviceKind,
        @Pattern(regexp = "(CORRECTIVE|ADAPTIVE|PERFECTIVE)?", message = "must be a maintenance type of the review form")
        String maintenanceType,
        @NotBlank @Size(max = 4000) String symptoms,
        @NotBlank @Size(max = 4000) String rootCause,
        @NotBlank @Size(max = 4000) String solution) {

    /** Blank optional values stored as absent, every text without surrounding white space. */
    ArticleContent normalized() {
        return new ArticleContent(title.strip(), system.strip(), blankToNull(serviceKind),
                blankToNull(maintenanceType), symptoms.strip(), rootCause.strip(), solution.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

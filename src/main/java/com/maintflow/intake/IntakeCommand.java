package com.maintflow.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A maintenance request as the customer or staff state it: the body of {@code POST /api/requests}
 * and the fields of the Tasklist start form. Validated at the edge; limits match the table columns.
 */
public record IntakeCommand(
        @NotBlank @Size(max = 40) String customerCode,
        @NotBlank @Size(max = 100) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "must contain only digits, spaces, +, -, ( and )") String contactPhone,
        @Pattern(regexp = "WEB|PHONE|EMAIL|WRITTEN|INSPECTION", message = "must be one of WEB, PHONE, EMAIL, WRITTEN, INSPECTION") String channel,
        @NotBlank @Size(max = 200) String system,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description) {

    /** The channel, WEB when the caller did not say. */
    Channel channelOrDefault() {
        return channel == null ? Channel.WEB : Channel.valueOf(channel);
    }
}

package com.maintflow.intake;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;

/**
 * A maintenance request as the customer or staff state it: the body of {@code POST /api/requests}
 * and the fields of the Tasklist start form. Validated at the edge; limits match the table columns. One-line
 * fields refuse control characters other than tab (a line break or NUL in a title breaks mail subjects, CSV
 * exports and log lines); the description is multi-line and refuses only NUL.
 */
public record IntakeCommand(
        @NotBlank @Size(max = 40) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String customerCode,
        @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "must contain only digits, spaces, +, -, ( and )") String contactPhone,
        @Pattern(regexp = "WEB|PHONE|EMAIL|WRITTEN|INSPECTION", message = "must be one of WEB, PHONE, EMAIL, WRITTEN, INSPECTION") String channel,
        @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String system,
        @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String title,
        @NotBlank @Size(max = 20000) @Pattern(regexp = NO_NUL, message = "must not contain NUL characters")
        String description) {

    // Plain character classes: Java matches [..]* iteratively, so 20,000 characters cannot overflow the stack.
    static final String ONE_LINE = "[^\\x00-\\x08\\x0A-\\x1F\\x7F]*";
    static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    static final String NO_NUL = "[^\\x00]*";

    /** Throws when a field breaks its limits, naming each: what Tasklist's start form and the API refuse. */
    void requireValid(Validator validator) {
        var violations = validator.validate(this);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Invalid request: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
    }

    /** The channel, WEB when the caller did not say. */
    Channel channelOrDefault() {
        return channel == null ? Channel.WEB : Channel.valueOf(channel);
    }
}

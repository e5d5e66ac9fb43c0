package com.maintflow.complaint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as the customer or staff state it: the body of {@code POST /api/complaints}, the portal's complaint
 * page and the Tasklist start form. Same limits and one-line rules as a maintenance request (IntakeCommand);
 * {@code ticket} optionally names the request complained about.
 */
public record ComplaintCommand(
        @NotBlank @Size(max = 40) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String customerCode,
        @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "must contain only digits, spaces, +, -, ( and )") String contactPhone,
        @Pattern(regexp = "WEB|PHONE|EMAIL|WRITTEN", message = "must be one of WEB, PHONE, EMAIL, WRITTEN") String channel,
        @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String subject,
        @NotBlank @Size(max = 20000) @Pattern(regexp = NO_NUL, message = "must not contain NUL characters")
        String description,
        @Pattern(regexp = "(MR-\\d{4}-\\d{6})?", message = "must look like MR-2026-000123") String ticket) {

    static final String ONE_LINE = "[^\\x00-\\x08\\x0A-\\x1F\\x7F]*";
    static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    static final String NO_NUL = "[^\\x00]*";

    /** The channel, WEB when the caller did not say. */
    String channelOrDefault() {
        return channel == null ? "WEB" : channel;
    }

    /** The related ticket, none when blank. */
    String ticketOrNull() {
        return ticket == null || ticket.isBlank() ? null : ticket.strip();
    }
}

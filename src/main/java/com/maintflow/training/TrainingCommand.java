package com.maintflow.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.time.LocalDate;
import java.util.List;

/**
 * A training as customer service or a trainer orders it: the body of {@code POST /api/trainings} and of the Tasklist
 * start form. Administrators and operators are lists of attendees {@code {"name","email","phone"}}; at least one
 * administrator, 1–30 days (5–7 is what the seeds plan; outside that is a warning, not a refusal).
 */
public record TrainingCommand(
        @NotBlank @Size(max = 40) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String contractNumber,
        @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String site,
        @NotNull LocalDate startDate,
        @NotNull @Min(1) @Max(30) Integer days,
        @NotBlank @Size(max = 4000) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
        String content,
        @NotEmpty(message = "must name at least one administrator") @Size(max = 20) List<@Valid @NotNull Person> administrators,
        @Size(max = 200) List<@Valid @NotNull Person> operators) {

    static final String ONE_LINE = "[^\\x00-\\x08\\x0A-\\x1F\\x7F]*";
    static final String ONE_LINE_MESSAGE = "must be one line without control characters";

    /** One attendee. */
    public record Person(
            @NotBlank @Size(max = 100) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "must contain only digits, spaces, +, -, ( and )")
            String phone) {

        String phoneOrNull() {
            return phone == null || phone.isBlank() ? null : phone.strip();
        }
    }

    /** Plans outside the usual shape: kept, but said back to the caller. */
    List<String> warnings() {
        var warnings = new java.util.ArrayList<String>();
        if (days != null && (days < 5 || days > 7)) {
            warnings.add("days: 通常安排 5–7 天 / trainings usually last 5 to 7 days, this one " + days);
        }
        if (administrators != null && administrators.size() > 3) {
            warnings.add("administrators: 通常 1–3 名管理员 / usually 1 to 3 administrators, this one "
                    + administrators.size());
        }
        return warnings;
    }
}

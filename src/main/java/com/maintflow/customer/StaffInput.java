package com.maintflow.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A roster entry as {@code PUT /api/staff/{userId}} takes it. */
public record StaffInput(
        @NotBlank(message = "必填 / is required") @Size(max = 100, message = "最多 100 个字符 / at most 100 characters")
        String displayName,
        @Size(max = 40, message = "最多 40 个字符 / at most 40 characters")
        @Pattern(regexp = "^[0-9+()\\- ]*$", message = "只能包含数字、空格和 + ( ) - / digits, spaces and + ( ) - only")
        String phone,
        @Size(max = 100, message = "最多 100 个字符 / at most 100 characters") String title,
        @Size(max = 1000, message = "最多 1000 个字符 / at most 1000 characters") String remarks,
        /** On call for emergencies; null: not on call. */
        Boolean onCall) {

    public StaffInput(String displayName, String phone, String title, String remarks) {
        this(displayName, phone, title, remarks, null);
    }
}

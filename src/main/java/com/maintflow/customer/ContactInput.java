package com.maintflow.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as the API, the pages and the import take it. */
public record ContactInput(
        @NotBlank(message = "必填 / is required") @Size(max = 100, message = "最多 100 个字符 / at most 100 characters")
        String name,
        @NotBlank(message = "必填 / is required") @Email(message = "不是有效的邮箱地址 / is not an e-mail address")
        @Size(max = 254, message = "最多 254 个字符 / at most 254 characters")
        String email,
        @Size(max = 40, message = "最多 40 个字符 / at most 40 characters")
        @Pattern(regexp = "^[0-9+()\\- ]*$", message = "只能包含数字、空格和 + ( ) - / digits, spaces and + ( ) - only")
        String phone) {

    Customer.ContactDetails details() {
        return new Customer.ContactDetails(name.strip(), email.strip(), BlankText.toNull(phone));
    }
}

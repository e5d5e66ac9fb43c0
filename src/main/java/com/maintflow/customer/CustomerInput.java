package com.maintflow.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer as {@code POST /api/customers} and {@code PUT /api/customers/{code}} take it. On PUT the code comes from
 * the path (a code in the body must match it), a field left out keeps its value, {@code contacts} replaces the list,
 * and {@code active} switches intake for the customer off or on.
 */
public record CustomerInput(
        @Size(max = 40, message = "最多 40 个字符 / at most 40 characters")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]*$",
                message = "字母、数字、- 或 _，以字母或数字开头 / letters, digits, - or _, starting with a letter or digit")
        String code,
        @Size(max = 200, message = "最多 200 个字符 / at most 200 characters")
        String name,
        @Valid @Size(max = 50, message = "最多 50 个联系人 / at most 50 contacts")
        List<ContactInput> contacts,
        Boolean active) {

    List<ContactInput> contactsOrNone() {
        return contacts == null ? List.of() : contacts;
    }
}

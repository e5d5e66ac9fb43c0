package com.maintflow.inspection;

import com.maintflow.customer.ContactInput;
import com.maintflow.customer.ContractDesk;
import com.maintflow.customer.ContractInput;
import com.maintflow.customer.CustomerDesk;
import com.maintflow.customer.CustomerInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A fresh customer with two contacts and a 7x24 contract per test, so tests sharing a database never collide. */
final class InspectionFixtures {

    static final String FIRST_CONTACT = "ops@inspected.example";
    static final String SECOND_CONTACT = "cio@inspected.example";

    private InspectionFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
    }

    /** Signs a new contract for a new customer; {@code cycle} may be null (no inspections). Returns its number. */
    static String contract(CustomerDesk customers, ContractDesk contracts, String cycle, LocalDate today) {
        String code = unique("C-IN");
        customers.create(new CustomerInput(code, "巡检客户 / Inspected customer", List.of(
                new ContactInput("运维 / Operations", FIRST_CONTACT, "+86 21 5555 0001"),
                new ContactInput("信息主管 / CIO", SECOND_CONTACT, "+86 21 5555 0002")), null));
        String number = unique("CT-IN");
        contracts.add(code, new ContractInput(number, "PREMIUM", "7x24", today.minusMonths(1), today.plusYears(1),
                today.plusYears(1), new BigDecimal("100000"), new BigDecimal("0.5"), null, null,
                "上海机房 / Shanghai data centre", List.of(), null, cycle, null));
        return number;
    }

    static ContractInput cycle(String cycle) {
        return new ContractInput(null, null, null, null, null, null, null, null, null, null, null, null, null, cycle,
                null);
    }

    static ContractInput active(boolean active) {
        return new ContractInput(null, null, null, null, null, null, null, null, null, null, null, null, active, null,
                null);
    }
}

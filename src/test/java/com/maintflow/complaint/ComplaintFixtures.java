package com.maintflow.complaint;

import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import com.maintflow.customer.Customers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers of their own for complaint tests: "a second complaint within 90 days" is per customer, so each test
 * starts with a customer who never complained, on a database the tests share.
 */
final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    /** A fresh customer and contact with code, e-mail and contract number; with an active 5x8 contract or none. */
    record NewCustomer(String code, String contactEmail, String contractNumber) {
    }

    static NewCustomer newCustomer(Customers customers, boolean withContract) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
        String code = "C-CP-" + suffix;
        String email = "complaints-" + suffix.toLowerCase() + "@customer.example";
        var customer = new Customer(code, "投诉测试客户 / Complaint test customer " + suffix);
        customer.addContact("赵敏 / Zhao Min", email, "+86 21 5555 0100");
        String contract = withContract ? "CT-CP-" + suffix : null;
        if (withContract) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            customer.addContract(new Contract.Terms(contract, "STANDARD", "5x8", today.minusMonths(2),
                    today.plusYears(1), today.plusYears(1), new BigDecimal("400000.00"), new BigDecimal("0.50"), null,
                    null, null, Set.of(), null, null));
        }
        customers.save(customer);
        return new NewCustomer(code, email, contract);
    }

    static ComplaintCommand complaintOf(NewCustomer customer, String channel) {
        return new ComplaintCommand(customer.code(), "赵敏 / Zhao Min", customer.contactEmail(), "+86 21 5555 0100",
                channel, "工程师未按约定时间到场 / Engineer did not come as agreed",
                "约定周二上午到场，无人出现，也未通知。 / Agreed for Tuesday morning; nobody came and nobody called.",
                null);
    }
}

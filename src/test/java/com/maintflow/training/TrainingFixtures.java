package com.maintflow.training;

import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import com.maintflow.customer.Customers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** A customer with an active contract of its own, and training orders for it, for the training tests. */
final class TrainingFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TrainingFixtures() {
    }

    /** A fresh customer with an active 5x8 contract; returns the contract number. */
    static String newContract(Customers customers) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
        var customer = new Customer("C-TR-" + suffix, "培训测试客户 / Training test customer " + suffix);
        customer.addContact("钱伟 / Qian Wei", "training-" + suffix.toLowerCase() + "@customer.example", null);
        String contract = "CT-TR-" + suffix;
        LocalDate today = LocalDate.now(ZONE);
        customer.addContract(new Contract.Terms(contract, "STANDARD", "5x8", today.minusMonths(2), today.plusYears(1),
                today.plusYears(1), new BigDecimal("400000.00"), new BigDecimal("0.50"), null, null, null, Set.of(),
                null, null));
        customers.save(customer);
        return contract;
    }

    static TrainingCommand order(String contract, LocalDate start, int days) {
        return new TrainingCommand(contract, "上海浦东机房 / Shanghai Pudong site", start, days,
                "监控系统运维培训 / Operating the monitoring system",
                List.of(new TrainingCommand.Person("张伟", "zhang.wei@customer.example", "+86 21 5555 0101")),
                List.of(new TrainingCommand.Person("李娜", "li.na@customer.example", null),
                        new TrainingCommand.Person("王芳", "wang.fang@customer.example", "+86 21 5555 0103")));
    }

    /** A start three weeks ahead, so the materials timers lie in the future. */
    static LocalDate threeWeeksAhead() {
        return LocalDate.now(ZONE).plusDays(21);
    }
}

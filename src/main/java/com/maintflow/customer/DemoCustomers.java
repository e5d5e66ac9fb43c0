package com.maintflow.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo customers for the dev and test profiles (never in production): one in warranty, one whose
 * warranty and free period are over, one with a 7×24 premium contract and a resident engineer; and roster entries
 * for the demo engineer and supervisor.
 * Idempotent, so a restart on a file database keeps what is there.
 */
@Component
@Profile({"dev", "test"})
class DemoCustomers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final Customers customers;
    private final StaffRoster roster;
    private final Clock clock;

    DemoCustomers(Customers customers, StaffRoster roster, Clock clock) {
        this.customers = customers;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // The engine clock, which registration also uses to judge the free period.
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        roster.ensure("eng1", new StaffInput("工程师一号 / Engineer 1", "+86 10 0000 0001",
                "维护工程师 / Maintenance engineer", "演示数据 / demo data", true));
        roster.ensure("sup1", new StaffInput("主管一号 / Supervisor 1", "+86 10 0000 0002",
                "服务主管 / Service supervisor", "演示数据 / demo data"));
        create("C-WARRANTY", "保修期内客户 / Customer in warranty", "it@warranty.example",
                terms("CT-WARRANTY-01", "STANDARD", "5x8", today.minusMonths(6), today.plusMonths(18),
                        today.plusMonths(18), "500000.00", "0.50", null));
        create("C-EXPIRED", "保修期已过客户 / Customer out of warranty", "it@expired.example",
                terms("CT-EXPIRED-01", "STANDARD", "5x8", today.minusYears(4), today.minusYears(1),
                        today.minusMonths(6), "300000.00", "0.50", null));
        create("C-PREMIUM", "重点保障客户 / Premium 7×24 customer", "ops@premium.example",
                terms("CT-PREMIUM-01", "PREMIUM", "7x24", today.minusMonths(3), today.plusYears(3),
                        today.plusYears(3), "1200000.00", "1.00", "驻场工程师 / Resident engineer"));
    }

    private static Contract.Terms terms(String number, String level, String calendar, LocalDate warrantyStart,
                                        LocalDate warrantyEnd, LocalDate freeEnd, String value, String penaltyRate,
                                        String residentEngineer) {
        return new Contract.Terms(number, level, calendar, warrantyStart, warrantyEnd, freeEnd, new BigDecimal(value),
                new BigDecimal(penaltyRate), null, residentEngineer, null, java.util.Set.of(), null, null);
    }

    private void create(String code, String name, String contactEmail, Contract.Terms terms) {
        if (customers.byCode(code).isPresent()) {
            return;
        }
        var customer = new Customer(code, name);
        customer.addContact("IT 联系人 / IT contact", contactEmail, "+86 10 0000 0000");
        customer.addContract(terms);
        customers.save(customer);
        log.info("Demo customer {} created", code);
    }
}

package com.maintflow.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Bodies for the customer and contract API, each with a fresh code so tests sharing one database never collide. */
final class CustomerFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private CustomerFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
    }

    static Map<String, Object> customer(String code, String name, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("contacts", List.of(contact("李娜 / Li Na", email, "+86 21 5555 0000")));
        return body;
    }

    static Map<String, Object> contact(String name, String email, String phone) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("email", email);
        contact.put("phone", phone);
        return contact;
    }

    /** A STANDARD 5x8 contract whose warranty covers today. */
    static Map<String, Object> contract(String number) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractNumber", number);
        body.put("serviceLevel", "STANDARD");
        body.put("serviceCalendar", "5x8");
        body.put("warrantyStart", TODAY.minusMonths(1).toString());
        body.put("warrantyEnd", TODAY.plusYears(1).toString());
        body.put("freeMaintenanceEnd", TODAY.plusYears(2).toString());
        body.put("contractValue", 800000);
        body.put("penaltyRatePercent", 0.5);
        body.put("penaltyCapPercent", 10);
        body.put("residentEngineer", null);
        body.put("siteAddress", "上海市浦东新区世纪大道 100 号 / 100 Century Avenue, Shanghai");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}

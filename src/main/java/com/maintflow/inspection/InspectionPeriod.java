package com.maintflow.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One due period of an inspection cycle, in Asia/Shanghai. Cycles of whole months are aligned to the calendar: P1M
 * is the calendar month, P3M the quarter (Jan, Apr, Jul, Oct), P6M the half year, P1Y the year. Other cycles count
 * days (a week is 7, a mixed P1M15D is 45) from Monday 1970-01-05, so P1W is the week from Monday and P2W a fixed
 * fortnight. The period key is {@code yyyy-MM} for cycles of a month or more, {@code yyyy-MM-dd} (the first day)
 * under a month.
 */
record InspectionPeriod(Period cycle, LocalDate start, LocalDate end) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(1970, 1, 5);

    static InspectionPeriod containing(Period cycle, Instant at) {
        return containing(cycle, LocalDate.ofInstant(at, ZONE));
    }

    static InspectionPeriod containing(Period cycle, LocalDate day) {
        if (cycle.isNegative() || cycle.isZero()) {
            throw new IllegalArgumentException("An inspection cycle must be longer than zero: " + cycle);
        }
        if (monthly(cycle)) {
            long months = cycle.toTotalMonths();
            long index = day.getYear() * 12L + day.getMonthValue() - 1;
            long first = Math.floorDiv(index, months) * months;
            LocalDate start = LocalDate.of((int) Math.floorDiv(first, 12), (int) Math.floorMod(first, 12) + 1, 1);
            return new InspectionPeriod(cycle, start, start.plusMonths(months));
        }
        long days = cycle.toTotalMonths() * 30 + cycle.getDays();
        long offset = ChronoUnit.DAYS.between(MONDAY, day);
        LocalDate start = MONDAY.plusDays(Math.floorDiv(offset, days) * days);
        return new InspectionPeriod(cycle, start, start.plusDays(days));
    }

    private static boolean monthly(Period cycle) {
        return cycle.getDays() == 0 && cycle.toTotalMonths() > 0;
    }

    /** {@code 2026-12} for monthly and longer cycles, {@code 2026-12-07} for shorter ones. */
    String key() {
        return monthly(cycle) ? start.toString().substring(0, 7) : start.toString();
    }

    /** The inspection's business key, e.g. {@code IN-CT-PREMIUM-01-2026-12}. */
    String businessKey(String contractNumber) {
        return "IN-" + contractNumber + "-" + key();
    }

    Instant startsAt() {
        return start.atStartOfDay(ZONE).toInstant();
    }

    /** The end of the period (exclusive): the inspection is due by then. */
    Instant endsAt() {
        return end.atStartOfDay(ZONE).toInstant();
    }

    InspectionPeriod next() {
        return containing(cycle, end);
    }
}

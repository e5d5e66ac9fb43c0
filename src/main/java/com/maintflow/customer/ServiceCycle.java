package com.maintflow.customer;

import com.maintflow.customer.CustomerProblem.FieldProblem;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A contract's service cycles (inspection, return visit) are ISO-8601 periods of whole days, weeks, months or years
 * ({@code P1M}, {@code P2W}, {@code P3M}): the period a scheduler steps through in the contract's calendar.
 */
final class ServiceCycle {

    private ServiceCycle() {
    }

    static Optional<Period> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(text.strip()));
    }

    /** Why {@code text} is no usable cycle (malformed, zero or negative), or empty when it is one or absent. */
    static Optional<FieldProblem> problem(String field, String text) {
        try {
            var period = parse(text);
            if (period.isPresent() && (period.get().isNegative() || period.get().isZero())) {
                return Optional.of(new FieldProblem(field, "周期必须大于零 / the cycle must be longer than zero"));
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(new FieldProblem(field,
                    "不是 ISO-8601 周期，例如 P1M（每月）、P2W、P3M / not an ISO-8601 period such as P1M (monthly), P2W, P3M"));
        }
    }
}

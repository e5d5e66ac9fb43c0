package com.maintflow.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A contract's penalty terms (违约处罚): each breach costs {@code ratePercent} of the contract value, and the
 * penalties of one calendar month (in the contract's zone, by the breach's deadline) never exceed {@code capPercent}.
 */
record PenaltyRule(BigDecimal contractValue, BigDecimal ratePercent, BigDecimal capPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    BigDecimal perBreach() {
        return share(ratePercent);
    }

    BigDecimal capPerMonth() {
        return share(capPercent);
    }

    /** The penalty of {@code breaches} breaches in one month. */
    BigDecimal forMonth(long breaches) {
        return perBreach().multiply(BigDecimal.valueOf(breaches)).min(capPerMonth());
    }

    /** The penalty of breaches due at {@code deadlines}, each month capped on its own. */
    BigDecimal total(Collection<Instant> deadlines, ZoneId zone) {
        Map<YearMonth, Long> perMonth = deadlines.stream()
                .collect(Collectors.groupingBy(due -> YearMonth.from(due.atZone(zone)), Collectors.counting()));
        return perMonth.values().stream().map(this::forMonth).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private BigDecimal share(BigDecimal percent) {
        return contractValue.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}

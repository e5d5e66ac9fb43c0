package com.maintflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Penalty arithmetic: a share of the contract value per breach, capped per calendar month in the contract's zone. */
class PenaltyRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The demo premium contract: 1 200 000.00, 1 % per breach, the default 10 % cap. */
    private final PenaltyRule premium = new PenaltyRule(new BigDecimal("1200000.00"), new BigDecimal("1.00"),
            new BigDecimal("10.00"));

    @Test
    void eachBreachCostsTheRateOfTheContractValue() {
        assertThat(premium.perBreach()).isEqualByComparingTo("12000.00");
        assertThat(premium.forMonth(3)).isEqualByComparingTo("36000.00");
    }

    @Test
    void aMonthsPenaltiesStopAtTheCap() {
        // when: twelve breaches in one month would be 12 %
        BigDecimal penalty = premium.forMonth(12);

        // then
        assertThat(penalty).isEqualByComparingTo("120000.00").isEqualByComparingTo(premium.capPerMonth());
    }

    @Test
    void eachMonthIsCappedOnItsOwn() {
        // given: eleven breaches in March, two in April
        List<Instant> deadlines = new ArrayList<>();
        for (int day = 1; day <= 11; day++) {
            deadlines.add(shanghai(LocalDateTime.of(2026, 3, day, 10, 0)));
        }
        deadlines.add(shanghai(LocalDateTime.of(2026, 4, 2, 10, 0)));
        deadlines.add(shanghai(LocalDateTime.of(2026, 4, 3, 10, 0)));

        // when
        BigDecimal total = premium.total(deadlines, SHANGHAI);

        // then: March capped at 120 000, April 2 × 12 000
        assertThat(total).isEqualByComparingTo("144000.00");
    }

    @Test
    void theMonthIsTheContractZonesNotUtcs() {
        // given: a cap of one breach a month; 1 April 07:00 in Shanghai is still 31 March in UTC
        List<Instant> deadlines = List.of(shanghai(LocalDateTime.of(2026, 3, 31, 10, 0)),
                shanghai(LocalDateTime.of(2026, 4, 1, 7, 0)));
        PenaltyRule oneBreachAMonth = new PenaltyRule(new BigDecimal("1000.00"), new BigDecimal("0.50"),
                new BigDecimal("0.50"));

        // then: one breach in March and one in April, each under its own cap
        assertThat(oneBreachAMonth.total(deadlines, SHANGHAI)).isEqualByComparingTo("10.00");
    }

    @Test
    void noBreachesCostNothing() {
        assertThat(premium.total(List.of(), SHANGHAI)).isEqualByComparingTo("0.00");
    }

    @Test
    void sharesAreRoundedToCents() {
        PenaltyRule odd = new PenaltyRule(new BigDecimal("333333.33"), new BigDecimal("0.50"), new BigDecimal("10.00"));

        assertThat(odd.perBreach()).isEqualByComparingTo("1666.67");
    }

    private static Instant shanghai(LocalDateTime time) {
        return time.atZone(SHANGHAI).toInstant();
    }
}

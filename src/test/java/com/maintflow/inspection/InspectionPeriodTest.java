package com.maintflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Period boundaries in Asia/Shanghai, and the business keys staff and customers see. */
class InspectionPeriodTest {

    @Test
    void monthlyCycleIsTheCalendarMonthKeyedByMonth() {
        var period = InspectionPeriod.containing(Period.ofMonths(1), LocalDate.of(2026, 12, 31));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(period.businessKey("CT-PREMIUM-01")).isEqualTo("IN-CT-PREMIUM-01-2026-12");
        assertThat(period.next().key()).isEqualTo("2027-01");
    }

    @Test
    void monthBoundaryIsMidnightInShanghaiNotUtc() {
        // 2026-11-30T16:30Z is already 1 December 00:30 in Shanghai
        var period = InspectionPeriod.containing(Period.ofMonths(1),
                LocalDateTime.of(2026, 11, 30, 16, 30).toInstant(java.time.ZoneOffset.UTC));
        assertThat(period.key()).isEqualTo("2026-12");
        assertThat(period.startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 16, 0)
                .toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void quarterlyAndYearlyCyclesFollowTheCalendar() {
        assertThat(InspectionPeriod.containing(Period.ofMonths(3), LocalDate.of(2026, 8, 15)).start())
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(InspectionPeriod.containing(Period.ofMonths(3), LocalDate.of(2026, 8, 15)).key())
                .isEqualTo("2026-07");
        assertThat(InspectionPeriod.containing(Period.ofYears(1), LocalDate.of(2026, 8, 15)).end())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void cyclesUnderAMonthAreKeyedByTheirFirstDayAndWeeksStartOnMonday() {
        var week = InspectionPeriod.containing(Period.ofWeeks(1), LocalDate.of(2026, 12, 3)); // a Thursday
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.businessKey("CT-1")).isEqualTo("IN-CT-1-2026-11-30");
        assertThat(week.next().start()).isEqualTo(LocalDate.of(2026, 12, 7));
        var fortnight = InspectionPeriod.containing(Period.ofWeeks(2), LocalDate.of(2026, 12, 3));
        assertThat(fortnight.end().toEpochDay() - fortnight.start().toEpochDay()).isEqualTo(14);
        assertThat(fortnight.start()).isBeforeOrEqualTo(LocalDate.of(2026, 12, 3));
    }
}

package com.maintflow.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ETA a supervisor types: Shanghai local time as the form asks, or ISO-8601; anything else is no time. */
class DispatchEtaTest {

    @Test
    void typedShanghaiTimeIsEightHoursAheadOfUtc() {
        assertThat(DispatchEngineerListener.parse("2026-12-03 15:30")).isEqualTo(Instant.parse("2026-12-03T07:30:00Z"));
    }

    @Test
    void isoWithOffsetAndIsoLocalAreTaken() {
        assertThat(DispatchEngineerListener.parse("2026-12-03T15:30:00+08:00"))
                .isEqualTo(Instant.parse("2026-12-03T07:30:00Z"));
        assertThat(DispatchEngineerListener.parse("2026-12-03T15:30")).isEqualTo(Instant.parse("2026-12-03T07:30:00Z"));
    }

    @Test
    void somethingElseIsNoTime() {
        assertThat(DispatchEngineerListener.parse("soon")).isNull();
        assertThat(DispatchEngineerListener.parse("2026-13-03 15:30")).isNull();
        assertThat(DispatchEngineerListener.parse(null)).isNull();
    }
}

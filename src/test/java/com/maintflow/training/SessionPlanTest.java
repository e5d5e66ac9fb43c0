package com.maintflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The plan form's session lines: {@code yyyy-MM-dd HH:mm-HH:mm room}, one per line, and the daily default. */
class SessionPlanTest {

    @Test
    void linesParseIntoSessionsAndBlankLinesAreSkipped() {
        var sessions = SessionPlan.parse("2026-05-11 09:00-12:00 培训室 A\n\n 2026-05-11 13:30-17:00 机房 3 楼 ");

        assertThat(sessions).containsExactly(
                new SessionPlan(LocalDate.of(2026, 5, 11), LocalTime.of(9, 0), LocalTime.of(12, 0), "培训室 A"),
                new SessionPlan(LocalDate.of(2026, 5, 11), LocalTime.of(13, 30), LocalTime.of(17, 0), "机房 3 楼"));
    }

    @Test
    void badLinesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> SessionPlan.parse("2026-05-11 09:00-12:00 A\n2026-05-12 9-12 A"))
                .hasMessageContaining("Session line 2");
        assertThatThrownBy(() -> SessionPlan.parse("2026-02-30 09:00-12:00 A")).hasMessageContaining("invalid date");
        assertThatThrownBy(() -> SessionPlan.parse("2026-05-11 12:00-09:00 A")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> SessionPlan.parse(" \n")).hasMessageContaining("At least one session");
    }

    @Test
    void theDefaultIsOneSessionPerTrainingDayThatReadsBackAsItself() {
        var daily = SessionPlan.daily(LocalDate.of(2026, 5, 11), 5, "上海浦东机房");

        assertThat(daily).hasSize(5);
        assertThat(SessionPlan.parse(SessionPlan.format(daily))).isEqualTo(daily);
    }
}

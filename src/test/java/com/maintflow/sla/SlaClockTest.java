package com.maintflow.sla;

import com.maintflow.calendar.BusinessCalendar;
import com.maintflow.calendar.BusinessCalendars;
import com.maintflow.calendar.CalendarSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic of one SLA clock: pauses push the deadline, re-classification keeps spent and paused time. */
class SlaClockTest {

    private static final BusinessCalendars CALENDARS =
            new BusinessCalendars(new CalendarSettings(java.nio.file.Path.of("config/calendars")));
    private static final BusinessCalendar OFFICE_HOURS = CALENDARS.get("5x8");
    private static final BusinessCalendar AROUND_THE_CLOCK = CALENDARS.get("7x24");

    @Test
    void deadlineCountsOnlyWorkingMinutesOfTheCalendar() {
        // when: two working hours from Friday 17:00
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-06T17:00"));

        // then: one hour on Friday, the next on Monday morning
        assertThat(clock.getDueAt()).isEqualTo(at("2026-03-09T10:00"));
        assertThat(clock.getState()).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void waitingOnTheCustomerPushesTheDeadlineByTheWorkingTimeWaited() {
        // given: Monday 09:00, two working hours, one spent before the quote went out
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T10:00"));

        // when: the customer answers at 14:30 (120 + 60 working minutes later, lunch excluded)
        clock.resume(at("2026-03-02T14:30"), OFFICE_HOURS);

        // then: one working hour is left
        assertThat(clock.getPausedMinutesTotal()).isEqualTo(180);
        assertThat(clock.getDueAt()).isEqualTo(at("2026-03-02T15:30"));
        assertThat(clock.remainingMinutes(OFFICE_HOURS, at("2026-03-02T14:30"))).isEqualTo(60);
    }

    @Test
    void remainingTimeIsFrozenWhilePaused() {
        // given
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T09:30"));

        // then: a day later still 90 minutes left
        assertThat(clock.remainingMinutes(OFFICE_HOURS, at("2026-03-03T09:30"))).isEqualTo(90);
        assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void reclassificationOnTheSameCalendarKeepsTimeSpentAndPaused() {
        // given: 90 working minutes spent, 180 paused
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T10:00"));
        clock.resume(at("2026-03-02T14:30"), OFFICE_HOURS);

        // when: at 15:00 the severity changes and the target becomes four working hours
        clock.retarget(OFFICE_HOURS, OFFICE_HOURS, 240, at("2026-03-02T15:00"));

        // then: 150 minutes left, not 240 from now and not 240 from receipt ignoring the pause
        assertThat(clock.getPausedMinutesTotal()).isEqualTo(180);
        assertThat(clock.remainingMinutes(OFFICE_HOURS, at("2026-03-02T15:00"))).isEqualTo(150);
        assertThat(clock.getDueAt()).isEqualTo(at("2026-03-02T17:30"));
    }

    @Test
    void reclassificationToAnotherCalendarKeepsTimeSpentAndExcludesThePause() {
        // given: 90 working minutes spent on 5x8, 180 paused
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T10:00"));
        clock.resume(at("2026-03-02T14:30"), OFFICE_HOURS);

        // when: at 15:00 it becomes critical, on 7x24
        clock.retarget(OFFICE_HOURS, AROUND_THE_CLOCK, 120, at("2026-03-02T15:00"));

        // then: the 30 minutes left run around the clock
        assertThat(clock.getCalendar()).isEqualTo("7x24");
        assertThat(clock.remainingMinutes(AROUND_THE_CLOCK, at("2026-03-02T15:00"))).isEqualTo(30);
        assertThat(clock.getDueAt()).isEqualTo(at("2026-03-02T15:30"));
    }

    @Test
    void reclassificationWhilePausedKeepsTheClockPaused() {
        // given
        SlaClock clock = resolutionClock(OFFICE_HOURS, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T10:00"));

        // when
        clock.retarget(OFFICE_HOURS, OFFICE_HOURS, 240, at("2026-03-02T16:00"));
        clock.resume(at("2026-03-03T09:00"), OFFICE_HOURS);

        // then: 60 spent, 180 left from Tuesday 09:00
        assertThat(clock.getDueAt()).isEqualTo(at("2026-03-03T12:00"));
    }

    @Test
    void stopAfterTheDeadlineIsMissedByTheWorkingMinutesOver() {
        // given
        SlaClock clock = resolutionClock(AROUND_THE_CLOCK, 120, at("2026-03-02T09:00"));

        // when
        boolean late = clock.stop(at("2026-03-02T11:45"), AROUND_THE_CLOCK);

        // then
        assertThat(late).isTrue();
        assertThat(clock.getState()).isEqualTo(ClockState.MISSED);
        assertThat(clock.minutesOver(AROUND_THE_CLOCK, clock.getStoppedAt())).isEqualTo(45);
    }

    @Test
    void stopWhilePausedDoesNotHoldTheWaitAgainstTheClock() {
        // given: paused after 60 minutes, the customer answers three hours later
        SlaClock clock = resolutionClock(AROUND_THE_CLOCK, 120, at("2026-03-02T09:00"));
        clock.pause(at("2026-03-02T10:00"));

        // when
        boolean late = clock.stop(at("2026-03-02T13:00"), AROUND_THE_CLOCK);

        // then
        assertThat(late).isFalse();
        assertThat(clock.getState()).isEqualTo(ClockState.MET);
    }

    @Test
    void stoppedClockCannotBeStoppedOrRetargetedAgain() {
        // given
        SlaClock clock = resolutionClock(AROUND_THE_CLOCK, 120, at("2026-03-02T09:00"));
        clock.stop(at("2026-03-02T09:30"), AROUND_THE_CLOCK);

        // then
        assertThatThrownBy(() -> clock.stop(at("2026-03-02T09:40"), AROUND_THE_CLOCK))
                .hasMessageContaining("MR-2026-000001").hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.retarget(AROUND_THE_CLOCK, AROUND_THE_CLOCK, 240, at("2026-03-02T09:40")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static SlaClock resolutionClock(BusinessCalendar calendar, long minutes, Instant startedAt) {
        return new SlaClock("MR-2026-000001", ClockKind.RESOLUTION, "CT-TEST-01", calendar, minutes, startedAt);
    }

    /** A Shanghai wall-clock time. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}

package com.maintflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped calendars in {@code config/calendars}, case by case. Every expected value is worked out by hand
 * from the 2025/2026 State Council notices; 5x8 is Mon–Fri 09:00–12:00 and 13:30–18:00 (450 minutes a day),
 * Beijing time.
 */
class BusinessCalendarTest {

    private final BusinessCalendars calendars = new BusinessCalendars(new CalendarSettings(Path.of("config/calendars")));

    @ParameterizedTest(name = "{0}: {1} + {2} min = {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            5x8  | 2026-01-05T09:00+08:00    |    0 | 2026-01-05T09:00+08:00    | zero minutes at a segment start
            5x8  | 2026-01-10T10:00+08:00    |    0 | 2026-01-10T10:00+08:00    | zero minutes on a Saturday: unchanged
            5x8  | 2026-01-05T09:00+08:00    |   60 | 2026-01-05T10:00+08:00    | within the morning
            5x8  | 2026-01-05T01:00Z         |   60 | 2026-01-05T10:00+08:00    | UTC input, same instant
            5x8  | 2026-01-05T09:00+08:00    |  180 | 2026-01-05T12:00+08:00    | morning used up exactly: 12:00, not 13:30
            5x8  | 2026-01-05T09:00+08:00    |  450 | 2026-01-05T18:00+08:00    | whole day ends at 18:00
            5x8  | 2026-01-05T09:00+08:00    |  451 | 2026-01-06T09:01+08:00    | one minute past a whole day
            5x8  | 2026-01-05T11:30+08:00    |   60 | 2026-01-05T14:00+08:00    | lunch gap 12:00-13:30 skipped
            5x8  | 2026-01-05T12:00+08:00    |   30 | 2026-01-05T14:00+08:00    | start at the morning's end
            5x8  | 2026-01-05T12:30+08:00    |   10 | 2026-01-05T13:40+08:00    | start inside the lunch gap
            5x8  | 2026-01-05T17:30+08:00    |   60 | 2026-01-06T09:30+08:00    | across the night
            5x8  | 2026-01-05T20:00+08:00    |   10 | 2026-01-06T09:10+08:00    | start in the evening
            5x8  | 2026-01-06T07:00+08:00    |   10 | 2026-01-06T09:10+08:00    | start before hours
            5x8  | 2026-01-09T17:00+08:00    |  120 | 2026-01-12T10:00+08:00    | Friday across the weekend
            5x8  | 2026-01-10T10:00+08:00    |   30 | 2026-01-12T09:30+08:00    | start on a Saturday
            5x8  | 2026-01-05T09:00+08:00    | 2250 | 2026-01-09T18:00+08:00    | five whole days
            5x8  | 2026-01-05T09:00+08:00    | 2251 | 2026-01-12T09:01+08:00    | five days and a minute
            5x8  | 2026-01-05T09:00:30+08:00 |    1 | 2026-01-05T09:01:30+08:00 | seconds of the start are kept
            5x8  | 2025-09-30T17:00+08:00    |  120 | 2025-10-09T10:00+08:00    | National Day 2025 block 10-01..10-08
            5x8  | 2025-10-03T10:00+08:00    |   60 | 2025-10-09T10:00+08:00    | start inside a holiday
            5x8  | 2025-10-10T17:00+08:00    |  120 | 2025-10-11T10:00+08:00    | make-up Saturday 2025-10-11 is worked
            5x8  | 2025-09-26T18:00+08:00    |   30 | 2025-09-28T09:30+08:00    | make-up Sunday 2025-09-28 is worked
            5x8  | 2025-01-24T17:00+08:00    |  120 | 2025-01-26T10:00+08:00    | make-up Sunday before Spring Festival 2025
            5x8  | 2025-01-26T17:30+08:00    |   60 | 2025-01-27T09:30+08:00    | Monday 2025-01-27 is a normal working day
            5x8  | 2025-01-27T17:00+08:00    |  120 | 2025-02-05T10:00+08:00    | Spring Festival 2025 block 01-28..02-04
            5x8  | 2025-12-31T17:00+08:00    |  120 | 2026-01-04T10:00+08:00    | year end: New Year 01-01..03 off, Sunday 01-04 worked
            5x8  | 2026-02-13T17:00+08:00    |  120 | 2026-02-14T10:00+08:00    | make-up Saturday 2026-02-14
            5x8  | 2026-02-14T17:30+08:00    |   60 | 2026-02-24T09:30+08:00    | Spring Festival 2026 block 02-15..02-23
            5x8  | 2026-02-18T10:00+08:00    |  450 | 2026-02-24T18:00+08:00    | start inside Spring Festival 2026
            5x8  | 2026-04-30T17:00+08:00    |  510 | 2026-05-06T18:00+08:00    | Labour Day 2026 block 05-01..05-05
            5x8  | 2026-05-08T18:00+08:00    |   30 | 2026-05-09T09:30+08:00    | make-up Saturday 2026-05-09
            5x8  | 2026-12-31T17:00+08:00    |  120 | 2027-01-04T10:00+08:00    | into 2027 (provisional): New Year 01-01 off
            5x8  | 2027-02-04T17:00+08:00    |  120 | 2027-02-11T10:00+08:00    | 2027 Spring Festival 02-05..08 and 补假 02-09..10
            5x8  | 2027-09-30T17:00+08:00    |  120 | 2027-10-06T10:00+08:00    | 2027 National Day 10-01..03 and 补假 10-04..05
            7x24 | 2026-01-05T23:30+08:00    |   60 | 2026-01-06T00:30+08:00    | 7x24 across midnight
            7x24 | 2025-12-31T23:00+08:00    |  120 | 2026-01-01T01:00+08:00    | 7x24 across the year end and a holiday
            7x24 | 2026-01-10T10:00+08:00    |    0 | 2026-01-10T10:00+08:00    | 7x24 zero minutes
            """)
    void addsWorkingMinutes(String calendar, String from, long minutes, String due, String why) {
        assertThat(calendars.get(calendar).add(instant(from), minutes)).as(why).isEqualTo(instant(due));
    }

    @ParameterizedTest(name = "{0}: next working instant at {1} = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            5x8  | 2026-01-05T10:15+08:00 | 2026-01-05T10:15+08:00 | inside working time: unchanged
            5x8  | 2026-01-05T21:00+08:00 | 2026-01-06T09:00+08:00 | a notice due at 21:00 waits for the morning
            5x8  | 2026-01-05T18:00+08:00 | 2026-01-06T09:00+08:00 | closing time is not a working minute
            5x8  | 2026-01-05T12:10+08:00 | 2026-01-05T13:30+08:00 | lunch gap
            5x8  | 2026-01-09T21:00+08:00 | 2026-01-12T09:00+08:00 | Friday night waits for Monday
            5x8  | 2026-02-13T21:00+08:00 | 2026-02-14T09:00+08:00 | make-up Saturday 2026-02-14 is worked
            5x8  | 2025-09-30T21:00+08:00 | 2025-10-09T09:00+08:00 | National Day 2025 holidays are skipped
            7x24 | 2026-01-05T21:00+08:00 | 2026-01-05T21:00+08:00 | 7x24 never waits
            """)
    void findsTheNextWorkingInstant(String calendar, String at, String next, String why) {
        assertThat(calendars.get(calendar).nextWorkingInstant(instant(at))).as(why).isEqualTo(instant(next));
    }

    @ParameterizedTest(name = "{0}: {1} .. {2} = {3} min ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            5x8  | 2026-01-05T09:00+08:00    | 2026-01-05T18:00+08:00 |  450 | a whole day
            5x8  | 2026-01-05T11:00+08:00    | 2026-01-05T14:00+08:00 |   90 | lunch gap not counted
            5x8  | 2026-01-05T12:00+08:00    | 2026-01-05T13:30+08:00 |    0 | only the lunch gap
            5x8  | 2026-01-05T18:00+08:00    | 2026-01-06T09:00+08:00 |    0 | only the night
            5x8  | 2026-01-09T17:00+08:00    | 2026-01-12T10:00+08:00 |  120 | across a weekend
            5x8  | 2025-09-30T17:00+08:00    | 2025-10-09T10:00+08:00 |  120 | clock paused across National Day 2025
            5x8  | 2025-12-31T17:00+08:00    | 2026-01-05T10:00+08:00 |  570 | year end with make-up Sunday 2026-01-04
            5x8  | 2026-02-13T09:00+08:00    | 2026-02-25T09:00+08:00 | 1350 | Spring Festival 2026 with make-up Saturday
            5x8  | 2026-01-05T00:00+08:00    | 2026-01-12T00:00+08:00 | 2250 | one calendar week
            5x8  | 2026-01-05T09:00:30+08:00 | 2026-01-05T09:02+08:00 |    1 | partial minutes are not counted
            5x8  | 2026-01-05T10:00+08:00    | 2026-01-05T09:00+08:00 |    0 | end before start
            7x24 | 2025-12-31T23:00+08:00    | 2026-01-01T01:30+08:00 |  150 | 7x24 across the year end
            """)
    void measuresWorkingMinutes(String calendar, String from, String to, long minutes, String why) {
        assertThat(calendars.get(calendar).workingMinutes(instant(from), instant(to))).as(why).isEqualTo(minutes);
    }

    @Test
    void workingMinutesUndoAdd() {
        // given: a start inside working time on the last working day of 2025
        var fiveByEight = calendars.get("5x8");
        Instant from = instant("2025-12-31T10:17+08:00");

        // then: for deadlines from minutes to weeks, measuring back gives exactly the minutes added
        for (long minutes : new long[] {1, 59, 450, 1000, 4321, 20000}) {
            assertThat(fiveByEight.workingMinutes(from, fiveByEight.add(from, minutes))).isEqualTo(minutes);
        }
    }

    @Test
    void dayInAYearWithoutHolidayFileIsAnErrorNamingCalendarAndYear() {
        var fiveByEight = calendars.get("5x8");

        assertThatThrownBy(() -> fiveByEight.add(instant("2027-12-31T17:00+08:00"), 120))
                .isInstanceOf(MissingHolidayYearException.class)
                .hasMessageContaining("5x8").hasMessageContaining("2028");
        assertThatThrownBy(() -> fiveByEight.workingMinutes(instant("2024-12-31T09:00+08:00"),
                instant("2025-01-02T09:00+08:00")))
                .isInstanceOf(MissingHolidayYearException.class)
                .hasMessageContaining("5x8").hasMessageContaining("2024");
    }

    @Test
    void calendarReadsItsHolidayFilesFromTheConfiguredDirectory(@TempDir Path dir) throws IOException {
        // given: a Saturday-morning calendar whose holiday set has 2025 only
        Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(dir.resolve("sat.yml"), """
                kind: working-hours
                zone: Europe/Berlin
                holidays: test
                hours:
                  SATURDAY: ["08:00-10:00"]
                """);
        Files.writeString(dir.resolve("holidays/test-2025.yml"), """
                year: 2025
                holidays:
                  - {from: "2025-12-27", to: "2025-12-27", name: "closed"}
                """);
        var saturdays = new BusinessCalendars(new CalendarSettings(dir)).get("sat");

        // then: 2025-12-27 is off; the next Saturday is in 2026, which has no file
        assertThat(saturdays.add(instant("2025-12-20T09:00+01:00"), 60)).isEqualTo(instant("2025-12-20T10:00+01:00"));
        assertThatThrownBy(() -> saturdays.add(instant("2025-12-20T09:00+01:00"), 61))
                .isInstanceOf(MissingHolidayYearException.class)
                .hasMessage("Calendar sat has no holidays for 2026: add holidays/test-2026.yml to the calendar directory");
    }

    @Test
    void holidayYearsSayWhichAreOfficialAndWhichProvisional() {
        // 2025 and 2026 come from the State Council notices; 2027 only from the law until its notice is out
        assertThat(calendars.holidayYears("5x8")).containsExactly(
                new HolidayYearStatus(2025, "official"), new HolidayYearStatus(2026, "official"),
                new HolidayYearStatus(2027, "provisional"));
        assertThat(calendars.holidayYears("7x24")).isEmpty();
    }

    @Test
    void holidayFileWithUnknownStatusStopsTheStart(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(dir.resolve("wk.yml"), "kind: working-hours\nholidays: test\nhours:\n  MONDAY: [\"09:00-10:00\"]\n");
        Files.writeString(dir.resolve("holidays/test-2027.yml"), "year: 2027\nstatus: guessed\nholidays: []\n");

        assertThatThrownBy(() -> new BusinessCalendars(new CalendarSettings(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-2027.yml").hasMessageContaining("status must be official or provisional");
    }

    @Test
    void brokenCalendarFileStopsTheStartNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yml"), "kind: working-hours\nhours:\n  MONDAY: [\"18:00-09:00\"]\n");

        assertThatThrownBy(() -> new BusinessCalendars(new CalendarSettings(dir)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.yml");
    }

    @Test
    void unknownCalendarAndNegativeMinutesAreRefused() {
        assertThat(calendars.names()).containsExactly("5x8", "7x24");
        assertThatThrownBy(() -> calendars.get("6x12")).isInstanceOf(UnknownCalendarException.class)
                .hasMessageContaining("6x12");
        assertThatThrownBy(() -> calendars.get("5x8").add(instant("2026-01-05T09:00+08:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }
}

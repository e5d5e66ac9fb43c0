package com.maintflow.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets supervisors ask a service calendar directly: which calendars exist, a deadline, working time between two instants. */
@RestController
@RequestMapping("/api/calendars")
class CalendarController {

    /** A leap year in minutes: longer than any contract target, so anything above is a typo, and it keeps the day walk short. */
    static final long MAX_MINUTES = 366L * 24 * 60;

    /** The answer of {@code add}: the deadline in the calendar's zone, with offset. */
    record Due(String due) {
    }

    /** The answer of {@code working-minutes}. */
    record WorkingMinutes(long minutes) {
    }

    /** One calendar: its zone and which holiday years it can count in (official or provisional). */
    record CalendarInfo(String name, String zone, java.util.List<HolidayYearStatus> holidayYears) {
    }

    private final BusinessCalendars calendars;

    CalendarController(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    Set<String> names() {
        return calendars.names();
    }

    @GetMapping("/{name}")
    CalendarInfo info(@PathVariable String name) {
        return new CalendarInfo(name, calendars.zone(name).getId(), calendars.holidayYears(name));
    }

    @GetMapping("/{name}/add")
    Due add(@PathVariable String name, @RequestParam String from,
            @RequestParam @Min(0) @Max(MAX_MINUTES) long minutes) {
        Instant due = calendars.get(name).add(instant("from", from), minutes);
        // OffsetDateTime#toString leaves out zero seconds: 2026-01-05T10:00+08:00, as people write it.
        return new Due(due.atZone(calendars.zone(name)).toOffsetDateTime().toString());
    }

    @GetMapping("/{name}/working-minutes")
    WorkingMinutes workingMinutes(@PathVariable String name, @RequestParam String from, @RequestParam String to) {
        return new WorkingMinutes(calendars.get(name).workingMinutes(instant("from", from), instant("to", to)));
    }

    private static Instant instant(String parameter, String value) {
        try {
            // An unencoded "+08:00" in a query string arrives as " 08:00"; take it as the "+" that was meant.
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInstantException(parameter, value);
        }
    }
}

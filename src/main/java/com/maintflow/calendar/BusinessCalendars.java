package com.maintflow.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The service calendars contracts can name ({@code 7x24}, {@code 5x8}, …), read once at start from
 * {@code maintflow.sla.calendar-dir}; a broken or missing calendar file stops the start.
 */
@Component
public class BusinessCalendars {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendars.class);

    private final Map<String, ZonedCalendar> calendars;

    public BusinessCalendars(CalendarSettings settings) {
        this.calendars = Map.copyOf(CalendarFiles.load(settings.calendarDir()));
        log.info("Service calendars {} read from {}", names(), settings.calendarDir().toAbsolutePath());
        calendars.forEach((name, calendar) -> calendar.holidayYears().stream()
                .filter(year -> "provisional".equals(year.status()))
                .forEach(year -> log.warn("Calendar {} counts {} with provisional holidays: replace the holiday file "
                        + "when the official notice is published", name, year.year())));
    }

    /** The holiday years calendar {@code name} knows, official or provisional (empty for 7×24). */
    public List<HolidayYearStatus> holidayYears(String name) {
        return zoned(name).holidayYears();
    }

    /** The calendar named {@code name}; an unknown name throws {@link UnknownCalendarException}. */
    public BusinessCalendar get(String name) {
        return zoned(name);
    }

    /** The zone the calendar counts in, for showing its deadlines as local time. */
    public ZoneId zone(String name) {
        return zoned(name).zone();
    }

    public Set<String> names() {
        return new java.util.TreeSet<>(calendars.keySet());
    }

    private ZonedCalendar zoned(String name) {
        var calendar = calendars.get(name);
        if (calendar == null) {
            throw new UnknownCalendarException(name, names());
        }
        return calendar;
    }
}

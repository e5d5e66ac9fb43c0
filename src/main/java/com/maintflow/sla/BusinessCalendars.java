package com.maintflow.sla;

import java.time.ZoneId;
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

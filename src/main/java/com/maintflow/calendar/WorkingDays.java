package com.maintflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Whole working days on a service calendar, for steps timed in days rather than minutes ("3 working days after
 * archiving", "the next working day"): the start of the n-th working day after a moment, in the calendar's zone.
 */
@Component
public class WorkingDays {

    private final BusinessCalendars calendars;

    public WorkingDays(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * The first working instant of the {@code days}-th working day after the day of {@code from} on calendar
     * {@code calendar} (e.g. 09:00 of the next working day for 1 on 5x8); the day of {@code from} never counts.
     */
    public Instant startOfWorkingDayAfter(String calendar, Instant from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        BusinessCalendar working = calendars.get(calendar);
        ZoneId zone = calendars.zone(calendar);
        LocalDate day = from.atZone(zone).toLocalDate();
        Instant start = from;
        for (int i = 0; i < days; i++) {
            start = working.nextWorkingInstant(day.plusDays(1).atStartOfDay(zone).toInstant());
            day = start.atZone(zone).toLocalDate();
        }
        return start;
    }
}

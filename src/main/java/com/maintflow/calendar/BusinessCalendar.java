package com.maintflow.calendar;

import java.time.Instant;

/**
 * A service calendar: when the SLA clock runs. Deadlines are computed to the minute in the calendar's
 * zone; instants go in and come out in UTC.
 */
public interface BusinessCalendar {

    /** The calendar's name as contracts and the SLA table use it, e.g. {@code 7x24} or {@code 5x8}. */
    String name();

    /** The instant at which {@code minutes} working minutes have passed since {@code from}. */
    Instant add(Instant from, long minutes);

    /** Working minutes between {@code from} and {@code to} (0 when {@code to} is not after {@code from}). */
    long workingMinutes(Instant from, Instant to);

    /**
     * The first working instant at or after {@code at}: {@code at} itself inside working time, else the start of the
     * next working segment (a 5x8 notice due at 21:00 waits for 09:00 of the next working day).
     */
    Instant nextWorkingInstant(Instant at);
}

package com.maintflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A 7×24 calendar: every minute is a working minute; the zone only matters for showing local times. */
record ContinuousCalendar(String name, ZoneId zone) implements ZonedCalendar {

    @Override
    public Instant add(Instant from, long minutes) {
        Durations.requireNonNegative(minutes);
        return from.plus(Duration.ofMinutes(minutes));
    }

    @Override
    public long workingMinutes(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }

    @Override
    public Instant nextWorkingInstant(Instant at) {
        return at;
    }
}

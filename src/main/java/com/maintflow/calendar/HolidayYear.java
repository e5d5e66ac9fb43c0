package com.maintflow.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's days off and make-up working days (调休上班) of a holiday set such as {@code cn}. {@code provisional}
 * marks a year written before its official notice (e.g. only the statutory days the law fixes): deadlines are
 * computed with it, but it must be replaced when the notice is out.
 */
record HolidayYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpDays, boolean provisional) {

    HolidayYear {
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
        var both = holidays.stream().filter(makeUpDays::contains).toList();
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Days listed both as holiday and as make-up working day: " + both);
        }
        var otherYear = java.util.stream.Stream.concat(holidays.stream(), makeUpDays.stream())
                .filter(day -> day.getYear() != year).toList();
        if (!otherYear.isEmpty()) {
            throw new IllegalArgumentException("Days outside " + year + ": " + otherYear);
        }
    }
}

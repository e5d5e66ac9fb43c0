package com.maintflow.calendar;

/** Argument checks shared by the calendars. */
final class Durations {

    private Durations() {
    }

    static void requireNonNegative(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Working minutes to add must not be negative: " + minutes);
        }
    }
}

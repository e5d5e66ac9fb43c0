package com.maintflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** One stretch of working time within a day, as minutes since midnight, start inclusive and end exclusive. */
record WorkingSegment(int startMinute, int endMinute) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final int MINUTES_PER_DAY = 24 * 60;

    WorkingSegment {
        if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("A working segment must lie within one day and end after it starts: "
                    + startMinute + ".." + endMinute);
        }
    }

    /** Parses {@code HH:mm-HH:mm}; {@code 24:00} ends a segment at midnight. */
    static WorkingSegment parse(String text) {
        var match = FORMAT.matcher(text.strip());
        if (!match.matches()) {
            throw new IllegalArgumentException("Working segment '" + text + "' is not HH:mm-HH:mm");
        }
        return new WorkingSegment(minuteOfDay(match.group(1), match.group(2)), minuteOfDay(match.group(3), match.group(4)));
    }

    Instant startOn(LocalDate day, ZoneId zone) {
        return at(day, startMinute, zone);
    }

    Instant endOn(LocalDate day, ZoneId zone) {
        return at(day, endMinute, zone);
    }

    boolean overlaps(WorkingSegment other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    private static Instant at(LocalDate day, int minute, ZoneId zone) {
        // Through LocalDateTime so that 24:00 becomes the next midnight.
        return day.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
    }

    private static int minuteOfDay(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("Not a time of day: " + hours + ":" + minutes);
        }
        return h * 60 + m;
    }
}

package com.maintflow.support;

import com.maintflow.calendar.BusinessCalendar;
import com.maintflow.calendar.BusinessCalendars;
import com.maintflow.calendar.CalendarSettings;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * A Monday, at least a week ahead, that starts an ordinary 5x8 week: five full working days, no holiday, no make-up
 * weekend day. Tests that work deadlines out by hand from "next Monday 09:00" would otherwise fail in the weeks
 * where that Monday is 春节 or a 补假 day (2027-02-08, 2027-10-04, …), depending on the day they run.
 */
public final class OrdinaryWeek {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long WORKING_MINUTES_A_DAY = 450;
    private static final BusinessCalendar FIVE_BY_EIGHT =
            new BusinessCalendars(new CalendarSettings(Path.of("config/calendars"))).get("5x8");

    private OrdinaryWeek() {
    }

    /** The Monday of the first ordinary week starting at least a week from today (Beijing time). */
    public static LocalDate monday() {
        LocalDate monday = LocalDate.now(SHANGHAI).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!ordinary(monday)) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }

    /** {@link #monday()} at {@code time}, Beijing time. */
    public static Instant mondayAt(LocalTime time) {
        return monday().atTime(time).atZone(SHANGHAI).toInstant();
    }

    private static boolean ordinary(LocalDate monday) {
        Instant weekStart = monday.atStartOfDay(SHANGHAI).toInstant();
        Instant saturday = monday.plusDays(5).atStartOfDay(SHANGHAI).toInstant();
        Instant nextMonday = monday.plusDays(7).atStartOfDay(SHANGHAI).toInstant();
        return FIVE_BY_EIGHT.workingMinutes(weekStart, saturday) == 5 * WORKING_MINUTES_A_DAY
                && FIVE_BY_EIGHT.workingMinutes(saturday, nextMonday) == 0;
    }
}

package com.maintflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * STAND-IN until the calendar branch (issue #4, /work/wt-cal) lands: the same public API, an exact 7x24 and a 5x8
 * of Mon–Fri 09:00–12:00 and 13:30–18:00 Asia/Shanghai without holidays or make-up working days. Drop this file in
 * favour of the real {@code BusinessCalendars} when merging.
 */
@Component
public class BusinessCalendars {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Map<String, BusinessCalendar> calendars = Map.of(
            "7x24", new AroundTheClock(),
            "5x8", new WorkingHours());

    /** The calendar called {@code name}; fails on an unknown name, because a silent fallback would misprice SLAs. */
    public BusinessCalendar get(String name) {
        BusinessCalendar calendar = calendars.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("Unknown business calendar '" + name + "', known: " + names());
        }
        return calendar;
    }

    public Set<String> names() {
        return calendars.keySet();
    }

    /** Every minute counts. */
    private static final class AroundTheClock implements BusinessCalendar {

        @Override
        public String name() {
            return "7x24";
        }

        @Override
        public Instant add(Instant from, long minutes) {
            return from.plus(Duration.ofMinutes(minutes));
        }

        @Override
        public long workingMinutes(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
        }
    }

    /** Weekday office hours in Shanghai, lunch break excluded. */
    private static final class WorkingHours implements BusinessCalendar {

        private static final List<LocalTime[]> PERIODS = List.of(
                new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
                new LocalTime[] {LocalTime.of(13, 30), LocalTime.of(18, 0)});

        @Override
        public String name() {
            return "5x8";
        }

        @Override
        public Instant add(Instant from, long minutes) {
            Duration left = Duration.ofMinutes(minutes);
            LocalDate day = from.atZone(SHANGHAI).toLocalDate();
            while (true) {
                for (Instant[] period : periodsOn(day)) {
                    Instant start = from.isAfter(period[0]) ? from : period[0];
                    if (!start.isBefore(period[1])) {
                        continue;
                    }
                    Duration available = Duration.between(start, period[1]);
                    if (available.compareTo(left) >= 0) {
                        return start.plus(left);
                    }
                    left = left.minus(available);
                }
                day = day.plusDays(1);
            }
        }

        @Override
        public long workingMinutes(Instant from, Instant to) {
            Duration total = Duration.ZERO;
            for (LocalDate day = from.atZone(SHANGHAI).toLocalDate();
                 !day.isAfter(to.atZone(SHANGHAI).toLocalDate()); day = day.plusDays(1)) {
                for (Instant[] period : periodsOn(day)) {
                    Instant start = from.isAfter(period[0]) ? from : period[0];
                    Instant end = to.isBefore(period[1]) ? to : period[1];
                    if (end.isAfter(start)) {
                        total = total.plus(Duration.between(start, end));
                    }
                }
            }
            return total.toMinutes();
        }

        private static List<Instant[]> periodsOn(LocalDate day) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return List.of();
            }
            return PERIODS.stream().map(p -> new Instant[] {at(day, p[0]), at(day, p[1])}).toList();
        }

        private static Instant at(LocalDate day, LocalTime time) {
            return ZonedDateTime.of(day, time, SHANGHAI).toInstant();
        }
    }
}

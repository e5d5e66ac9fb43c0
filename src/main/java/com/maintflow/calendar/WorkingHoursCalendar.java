package com.maintflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A working-hours calendar (e.g. 5×8): segments per weekday, minus the holidays of its holiday set and plus
 * its make-up working days. Counting walks day by day in the calendar's zone, so nights, weekends, lunch gaps,
 * holiday blocks and year ends need no special cases; seconds of the start instant are kept.
 */
final class WorkingHoursCalendar implements ZonedCalendar {

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingSegment>> hours;
    private final List<WorkingSegment> makeUpDayHours;
    private final Optional<HolidaySet> holidays;

    WorkingHoursCalendar(String name, ZoneId zone, Map<DayOfWeek, List<WorkingSegment>> hours,
            List<WorkingSegment> makeUpDayHours, Optional<HolidaySet> holidays) {
        if (hours.values().stream().allMatch(List::isEmpty)) {
            // Without a single working weekday add() would never find the end.
            throw new IllegalArgumentException("Calendar " + name + " has no working hours on any weekday");
        }
        this.name = name;
        this.zone = zone;
        this.hours = Map.copyOf(hours);
        this.makeUpDayHours = List.copyOf(makeUpDayHours);
        this.holidays = holidays;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Instant add(Instant from, long minutes) {
        Durations.requireNonNegative(minutes);
        if (minutes == 0) {
            return from;
        }
        long remainingSeconds = Math.multiplyExact(minutes, 60L);
        for (LocalDate day = from.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            for (WorkingSegment segment : segmentsOn(day)) {
                Instant start = latest(segment.startOn(day, zone), from);
                Instant end = segment.endOn(day, zone);
                if (start.isBefore(end)) {
                    long available = Duration.between(start, end).getSeconds();
                    // "<=": a deadline that uses up a segment exactly ends at its end (12:00), not at the next start.
                    if (remainingSeconds <= available) {
                        return start.plusSeconds(remainingSeconds);
                    }
                    remainingSeconds -= available;
                }
            }
        }
    }

    @Override
    public long workingMinutes(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingSegment segment : segmentsOn(day)) {
                Instant start = latest(segment.startOn(day, zone), from);
                Instant end = earliest(segment.endOn(day, zone), to);
                if (start.isBefore(end)) {
                    seconds += Duration.between(start, end).getSeconds();
                }
            }
        }
        return seconds / 60;
    }

    @Override
    public Instant nextWorkingInstant(Instant at) {
        for (LocalDate day = at.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            for (WorkingSegment segment : segmentsOn(day)) {
                Instant start = latest(segment.startOn(day, zone), at);
                // A segment's end (18:00) is not a working instant: the next one is tomorrow's first.
                if (start.isBefore(segment.endOn(day, zone))) {
                    return start;
                }
            }
        }
    }

    @Override
    public List<HolidayYearStatus> holidayYears() {
        return holidays.map(HolidaySet::statuses).orElse(List.of());
    }

    private List<WorkingSegment> segmentsOn(LocalDate day) {
        if (holidays.isPresent()) {
            HolidayYear year = holidays.get().year(day.getYear())
                    .orElseThrow(() -> new MissingHolidayYearException(name, holidays.get().name(), day.getYear()));
            if (year.holidays().contains(day)) {
                return List.of();
            }
            if (year.makeUpDays().contains(day)) {
                return makeUpDayHours;
            }
        }
        return hours.getOrDefault(day.getDayOfWeek(), List.of());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

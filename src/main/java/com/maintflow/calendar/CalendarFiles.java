package com.maintflow.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the calendar directory: {@code <name>.yml} per calendar and {@code holidays/<set>-<year>.yml}. Plain
 * SnakeYAML (already on the classpath through Spring Boot), safe constructor only. Any mistake fails the start
 * with the file named, because a half-read calendar would quietly shift deadlines.
 */
final class CalendarFiles {

    private static final Pattern HOLIDAY_FILE = Pattern.compile("([a-z0-9-]+?)-(\\d{4})\\.yml");
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private CalendarFiles() {
    }

    static Map<String, ZonedCalendar> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Calendar directory " + dir.toAbsolutePath()
                    + " does not exist (maintflow.sla.calendar-dir)");
        }
        Map<String, HolidaySet> holidaySets = holidaySets(dir.resolve("holidays"));
        Map<String, ZonedCalendar> calendars = new TreeMap<>();
        for (Path file : yamlFiles(dir)) {
            String name = file.getFileName().toString().replaceFirst("\\.yml$", "");
            try {
                calendars.put(name, calendar(name, read(file), holidaySets));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Calendar file " + file + " is invalid: " + e.getMessage(), e);
            }
        }
        if (calendars.isEmpty()) {
            throw new IllegalStateException("Calendar directory " + dir.toAbsolutePath() + " holds no *.yml calendar");
        }
        return calendars;
    }

    private static ZonedCalendar calendar(String name, Map<String, Object> yaml, Map<String, HolidaySet> holidaySets) {
        ZoneId zone = Optional.ofNullable((String) yaml.get("zone")).map(ZoneId::of).orElse(DEFAULT_ZONE);
        String kind = String.valueOf(yaml.get("kind"));
        return switch (kind) {
            case "continuous" -> new ContinuousCalendar(name, zone);
            case "working-hours" -> workingHours(name, zone, yaml, holidaySets);
            default -> throw new IllegalArgumentException("kind must be continuous or working-hours, not " + kind);
        };
    }

    private static WorkingHoursCalendar workingHours(String name, ZoneId zone, Map<String, Object> yaml,
            Map<String, HolidaySet> holidaySets) {
        Map<DayOfWeek, List<WorkingSegment>> hours = new EnumMap<>(DayOfWeek.class);
        map(yaml.get("hours"), "hours").forEach((day, segments) ->
                hours.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), segments(segments, "hours." + day)));
        List<WorkingSegment> makeUpDayHours = yaml.containsKey("make-up-day-hours")
                ? segments(yaml.get("make-up-day-hours"), "make-up-day-hours")
                : hours.getOrDefault(DayOfWeek.MONDAY, List.of());
        Optional<HolidaySet> holidays = Optional.ofNullable((String) yaml.get("holidays")).map(set -> {
            if (!holidaySets.containsKey(set)) {
                throw new IllegalArgumentException("no holiday files holidays/" + set + "-<year>.yml");
            }
            return holidaySets.get(set);
        });
        return new WorkingHoursCalendar(name, zone, hours, makeUpDayHours, holidays);
    }

    private static List<WorkingSegment> segments(Object value, String key) {
        List<WorkingSegment> segments = new ArrayList<>();
        for (Object text : list(value, key)) {
            segments.add(WorkingSegment.parse(String.valueOf(text)));
        }
        segments.sort(Comparator.comparingInt(WorkingSegment::startMinute));
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).overlaps(segments.get(i - 1))) {
                throw new IllegalArgumentException(key + " has overlapping segments");
            }
        }
        return segments;
    }

    private static Map<String, HolidaySet> holidaySets(Path dir) {
        Map<String, Map<Integer, HolidayYear>> years = new HashMap<>();
        if (Files.isDirectory(dir)) {
            for (Path file : yamlFiles(dir)) {
                var match = HOLIDAY_FILE.matcher(file.getFileName().toString());
                if (!match.matches()) {
                    throw new IllegalStateException("Holiday file " + file + " is not named <set>-<year>.yml");
                }
                int year = Integer.parseInt(match.group(2));
                try {
                    years.computeIfAbsent(match.group(1), set -> new HashMap<>()).put(year, holidayYear(year, read(file)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Holiday file " + file + " is invalid: " + e.getMessage(), e);
                }
            }
        }
        Map<String, HolidaySet> sets = new HashMap<>();
        years.forEach((set, byYear) -> sets.put(set, new HolidaySet(set, byYear)));
        return sets;
    }

    private static HolidayYear holidayYear(int fileYear, Map<String, Object> yaml) {
        Object declared = yaml.get("year");
        if (!Integer.valueOf(fileYear).equals(declared)) {
            throw new IllegalArgumentException("declares year " + declared + " but is named for " + fileYear);
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (Object entry : list(yaml.get("holidays"), "holidays")) {
            var block = map(entry, "holidays[]");
            LocalDate from = LocalDate.parse(String.valueOf(block.get("from")));
            LocalDate to = LocalDate.parse(String.valueOf(block.get("to")));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("holiday " + block.get("name") + " ends before it starts");
            }
            from.datesUntil(to.plusDays(1)).forEach(holidays::add);
        }
        Set<LocalDate> makeUpDays = new HashSet<>();
        for (Object entry : list(yaml.getOrDefault("make-up-days", List.of()), "make-up-days")) {
            makeUpDays.add(LocalDate.parse(String.valueOf(map(entry, "make-up-days[]").get("date"))));
        }
        Object status = yaml.getOrDefault("status", "official");
        if (!"official".equals(status) && !"provisional".equals(status)) {
            throw new IllegalArgumentException("status must be official or provisional, not " + status);
        }
        return new HolidayYear(fileYear, holidays, makeUpDays, "provisional".equals(status));
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return map(yaml, "document");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String key) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(key + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String key) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return list;
    }
}

package com.maintflow.calendar;

import java.util.Map;
import java.util.Optional;

/** The yearly holiday files of one set (e.g. {@code cn}: China's State Council notices), by year. */
record HolidaySet(String name, Map<Integer, HolidayYear> years) {

    HolidaySet {
        years = Map.copyOf(years);
    }

    Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Every year with a file, in order, and whether it is official or provisional. */
    java.util.List<HolidayYearStatus> statuses() {
        return years.values().stream()
                .map(y -> new HolidayYearStatus(y.year(), y.provisional() ? "provisional" : "official"))
                .sorted(java.util.Comparator.comparingInt(HolidayYearStatus::year))
                .toList();
    }
}

package com.maintflow.sla;

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
}

package com.maintflow.calendar;

import java.time.ZoneId;

/** A business calendar that also tells the zone it counts in, so answers can be rendered in local time. */
interface ZonedCalendar extends BusinessCalendar {

    ZoneId zone();

    /** The holiday years this calendar knows; a calendar without holidays (7×24) knows none and needs none. */
    default java.util.List<HolidayYearStatus> holidayYears() {
        return java.util.List.of();
    }
}

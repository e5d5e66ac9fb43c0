package com.maintflow.sla;

import java.time.ZoneId;

/** A business calendar that also tells the zone it counts in, so answers can be rendered in local time. */
interface ZonedCalendar extends BusinessCalendar {

    ZoneId zone();
}

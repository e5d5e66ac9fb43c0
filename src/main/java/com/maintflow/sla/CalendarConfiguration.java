package com.maintflow.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CalendarSettings} and {@link EscalationSettings}; the calendars themselves are read once at start by {@link BusinessCalendars}. */
@Configuration
@EnableConfigurationProperties({CalendarSettings.class, EscalationSettings.class})
class CalendarConfiguration {
}

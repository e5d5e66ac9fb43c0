package com.maintflow.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CalendarSettings}; the calendars themselves are read once at start by {@link BusinessCalendars}. */
@Configuration
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {
}

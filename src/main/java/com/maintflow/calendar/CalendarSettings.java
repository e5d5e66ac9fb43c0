package com.maintflow.calendar;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code maintflow.sla} for service calendars: the directory holding one {@code <name>.yml} per
 * calendar and {@code holidays/<set>-<year>.yml} files, relative to the working directory (the project directory
 * under {@code mvn spring-boot:run} and in tests, next to the jar in production).
 */
@ConfigurationProperties("maintflow.sla")
public record CalendarSettings(@DefaultValue("config/calendars") Path calendarDir) {
}

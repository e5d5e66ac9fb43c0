/**
 * Business calendars: 7×24, and working hours with China's public holidays and make-up working days
 * ({@code config/calendars}). Public face: {@link com.maintflow.calendar.BusinessCalendars},
 * {@link com.maintflow.calendar.BusinessCalendar} and the calendar API {@code /api/calendars}; the rest is
 * package-private.
 */
package com.maintflow.calendar;

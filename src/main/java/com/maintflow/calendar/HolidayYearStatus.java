package com.maintflow.calendar;

/** Whether a calendar's holidays for {@code year} come from the official notice or are provisional. */
public record HolidayYearStatus(int year, String status) {
}

package com.maintflow.sla;

/** Whether a calendar's holidays for {@code year} come from the official notice or are provisional. */
public record HolidayYearStatus(int year, String status) {
}

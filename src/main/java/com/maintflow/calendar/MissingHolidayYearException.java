package com.maintflow.calendar;

/**
 * A calendar was asked about a day in a year for which it has no holiday file: guessing (treating the year as
 * holiday-free, or as 7×24) would silently move deadlines, so the computation refuses instead.
 */
public class MissingHolidayYearException extends RuntimeException {

    private final String calendar;
    private final int year;

    MissingHolidayYearException(String calendar, String holidaySet, int year) {
        super("Calendar " + calendar + " has no holidays for " + year + ": add holidays/" + holidaySet + "-" + year
                + ".yml to the calendar directory");
        this.calendar = calendar;
        this.year = year;
    }

    public String calendar() {
        return calendar;
    }

    public int year() {
        return year;
    }
}

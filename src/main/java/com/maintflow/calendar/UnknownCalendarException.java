package com.maintflow.calendar;

/** No service calendar has this name. */
public class UnknownCalendarException extends RuntimeException {

    private final String name;

    UnknownCalendarException(String name, java.util.Collection<String> known) {
        super("No service calendar named '" + name + "'; known calendars: " + known);
        this.name = name;
    }

    public String name() {
        return name;
    }
}

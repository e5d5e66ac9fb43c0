package com.maintflow.calendar;

/** A request parameter that should be an ISO-8601 date-time with offset is not one. */
class InvalidInstantException extends RuntimeException {

    private final String parameter;

    InvalidInstantException(String parameter, String value) {
        super("Parameter " + parameter + " must be an ISO-8601 date-time with offset, e.g. 2026-01-05T09:00+08:00, not '"
                + value + "'");
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}

package com.maintflow.calendar;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Calendar failures of the {@code sla} controllers as problem details. Ordered before the general API handler,
 * whose catch-all would otherwise answer 500; everything else still falls through to it.
 */
@RestControllerAdvice(basePackageClasses = CalendarExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarExceptionHandler {

    /** One parameter-level problem, shaped like the general handler's field errors. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(UnknownCalendarException.class)
    ResponseEntity<ProblemDetail> unknownCalendar(UnknownCalendarException ex) {
        return problem(HttpStatus.NOT_FOUND, "Unknown calendar", ex.getMessage());
    }

    @ExceptionHandler(MissingHolidayYearException.class)
    ResponseEntity<ProblemDetail> missingYear(MissingHolidayYearException ex) {
        var response = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Holidays not known for that year", ex.getMessage());
        response.getBody().setProperty("calendar", ex.calendar());
        response.getBody().setProperty("year", ex.year());
        return response;
    }

    @ExceptionHandler(InvalidInstantException.class)
    ResponseEntity<ProblemDetail> invalidInstant(InvalidInstantException ex) {
        var response = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
        response.getBody().setProperty("errors", List.of(new FieldError(ex.parameter(),
                "must be an ISO-8601 date-time with offset")));
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status).body(body);
    }
}

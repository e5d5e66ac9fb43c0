package com.maintflow.customer;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Why a customer, contract or roster command was refused, as the RFC 7807 answer the API gives: Spring's own
 * {@link ErrorResponseException} handling renders it, so no exception handler elsewhere needs to know this package.
 * The staff pages show the same field errors next to their fields. Thrown before anything is written, or inside the
 * command's transaction, so a refused command stores nothing.
 */
public class CustomerProblem extends ErrorResponseException {

    /** One field and what is wrong with it; {@code field} is the JSON path, e.g. {@code contacts[1].email}. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> errors;

    private CustomerProblem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        super(status, problem(status, title, detail, errors), null);
        this.errors = List.copyOf(errors);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }

    public static CustomerProblem notFound(String detail) {
        return new CustomerProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    static CustomerProblem conflict(String detail) {
        return new CustomerProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    /** 400: the input itself is malformed (order of dates, duplicates in one body, bad CSV rows). */
    static CustomerProblem invalid(List<FieldProblem> errors) {
        return new CustomerProblem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are missing or invalid: "
                + String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList()), errors);
    }

    /** 422: well-formed, but names something MaintFlow does not know (a service level, a calendar, a user). */
    static CustomerProblem unknown(List<FieldProblem> errors) {
        return new CustomerProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown reference", "Not known to MaintFlow: "
                + String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList()), errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

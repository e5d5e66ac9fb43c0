package com.maintflow.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 7807 {@code application/problem+json}; validation problems name their fields
 * in {@code errors}. Capabilities signal their own errors (unknown ticket or customer, refused customer commands) as
 * Spring's {@code ErrorResponseException}, which the base class renders with the status and body they carry, so
 * this handler depends on none of them. An unreachable database answers 503 with {@code Retry-After}, since nothing was stored and
 * the same call will work once it is back. Unexpected failures answer 500 without a stack trace and are logged
 * here instead.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "30";

    /** One field-level problem. */
    record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(e -> new FieldError(result.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyLimitFilter.BodyTooLargeException.class)) {
            var body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMostSpecificCause().getMessage());
            body.setTitle("Request body too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(body);
        }
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Request body is not valid JSON for this resource");
        body.setTitle("Malformed request body");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("."));
            body.setProperty("errors", List.of(new FieldError(field, "has the wrong type or format")));
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** A multipart body that cannot be parsed (a too large one is 413, handled by the base class). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException ex) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Request body is not a valid multipart form");
        body.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (databaseUnavailable(ex)) {
            // One line, no stack trace: an outage fills the log with identical traces otherwise.
            log.warn("Database unavailable, answered 503: {}", ex.toString());
            var body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service is temporarily unavailable; nothing was stored. Please retry later.");
            body.setTitle("Service unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(body);
        }
        log.error("Unexpected API failure", ex);
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be processed; nothing was changed.");
        return ResponseEntity.internalServerError().body(body);
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid: "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * Whether the failure means "no connection to the database" rather than a bug: Spring's wrappers
     * (no transaction could start, resource failure), or, wrapped by Camunda's ProcessEngineException and
     * MyBatis, the JDBC connection exceptions (Hikari's pool timeout is a SQLTransientConnectionException).
     */
    static boolean databaseUnavailable(Throwable ex) {
        return causedBy(ex, CannotCreateTransactionException.class)
                || causedBy(ex, DataAccessResourceFailureException.class)
                || causedBy(ex, SQLTransientConnectionException.class)
                || causedBy(ex, SQLNonTransientConnectionException.class)
                || causedBy(ex, SQLRecoverableException.class);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

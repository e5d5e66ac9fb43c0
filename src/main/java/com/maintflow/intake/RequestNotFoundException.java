package com.maintflow.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No maintenance request has this ticket number. An {@link ErrorResponseException}, so the API answers 404 as
 * {@code application/problem+json} through Spring's own handling; no exception handler elsewhere needs this package.
 */
public class RequestNotFoundException extends ErrorResponseException {

    public RequestNotFoundException(String ticket) {
        super(HttpStatus.NOT_FOUND, problem("No maintenance request with ticket " + ticket), null);
    }

    private static ProblemDetail problem(String detail) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        body.setTitle("Not found");
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

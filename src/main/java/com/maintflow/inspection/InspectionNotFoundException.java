package com.maintflow.inspection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No inspection has this key: 404 as {@code application/problem+json} through Spring's own handling. */
class InspectionNotFoundException extends ErrorResponseException {

    InspectionNotFoundException(String key) {
        super(HttpStatus.NOT_FOUND, problem("No inspection " + key), null);
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

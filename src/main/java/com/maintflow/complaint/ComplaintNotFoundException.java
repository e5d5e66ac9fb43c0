package com.maintflow.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No complaint has this number: 404 problem detail through Spring's own handling. */
public class ComplaintNotFoundException extends ErrorResponseException {

    public ComplaintNotFoundException(String number) {
        super(HttpStatus.NOT_FOUND, problem("No complaint with number " + number), null);
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

package com.maintflow.training;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No training (or session) with this number: 404. */
class TrainingNotFoundException extends ErrorResponseException {

    TrainingNotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, problem("No training " + what), null);
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

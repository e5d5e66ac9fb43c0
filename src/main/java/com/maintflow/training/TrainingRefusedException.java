package com.maintflow.training;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A training command refused on one field (400 naming it, like bean validation) or as a whole (422). */
class TrainingRefusedException extends ErrorResponseException {

    private TrainingRefusedException(HttpStatus status, ProblemDetail body) {
        super(status, body, null);
    }

    static TrainingRefusedException invalid(String field, String message) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid: " + field);
        body.setTitle("Invalid request");
        body.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new TrainingRefusedException(HttpStatus.BAD_REQUEST, body);
    }

    static TrainingRefusedException unknownContract(String contractNumber) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "No active contract " + contractNumber);
        body.setTitle("Unknown contract");
        body.setProperty("errors", List.of(Map.of("field", "contractNumber", "message", "no such active contract")));
        return new TrainingRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, body);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

package com.maintflow.training;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A confirmed sign-in sheet is final: 409. */
class SheetAlreadyConfirmedException extends ErrorResponseException {

    SheetAlreadyConfirmedException(String number, int session) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The sign-in sheet of "
                + number + " session " + session + " is confirmed and cannot be changed"), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

package com.maintflow.sla;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No contract has the number a report asked for; answered as a 404 problem detail. */
class UnknownContractException extends ErrorResponseException {

    UnknownContractException(String contractNumber) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No contract " + contractNumber), null);
    }
}

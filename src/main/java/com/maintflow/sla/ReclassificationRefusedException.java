package com.maintflow.sla;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request that is not reviewed yet or already archived cannot be reclassified (409 problem detail). */
class ReclassificationRefusedException extends ErrorResponseException {

    ReclassificationRefusedException(String ticket, String why) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Request " + ticket + " cannot be reclassified: " + why), null);
    }
}

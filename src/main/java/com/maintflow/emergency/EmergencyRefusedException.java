package com.maintflow.emergency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An emergency runs already on the request, or the request is archived (409 problem detail). */
class EmergencyRefusedException extends ErrorResponseException {

    EmergencyRefusedException(String ticket, String why) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "No emergency can be declared on " + ticket + ": " + why), null);
    }
}

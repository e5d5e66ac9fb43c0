package com.maintflow.complaint;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The complaint names a ticket that is not one of this customer's requests (unknown, or another customer's): 422
 * naming {@code ticket}. Both look the same, so the API cannot be used to find out which tickets exist.
 */
public class UnknownRelatedTicketException extends ErrorResponseException {

    public UnknownRelatedTicketException(String ticket) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(ticket), null);
    }

    private static ProblemDetail problem(String ticket) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Ticket '" + ticket + "' is not a maintenance request of this customer");
        body.setTitle("Unknown ticket");
        body.setProperty("errors", List.of(Map.of("field", "ticket",
                "message", "is not a maintenance request of this customer")));
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

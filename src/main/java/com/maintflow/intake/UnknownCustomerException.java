package com.maintflow.intake;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request named a customer code MaintFlow does not know: the API answers 422 naming {@code customerCode}, as an
 * {@link ErrorResponseException} rendered by Spring's own handling.
 */
public class UnknownCustomerException extends ErrorResponseException {

    private final String customerCode;

    public UnknownCustomerException(String customerCode) {
        this(customerCode, "Unknown customer code '" + customerCode + "'", "is not a known customer code");
    }

    protected UnknownCustomerException(String customerCode, String detail, String fieldMessage) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(detail, fieldMessage), null);
        this.customerCode = customerCode;
    }

    private static ProblemDetail problem(String detail, String fieldMessage) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        body.setTitle("Unknown customer");
        body.setProperty("errors", List.of(Map.of("field", "customerCode", "message", fieldMessage)));
        return body;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

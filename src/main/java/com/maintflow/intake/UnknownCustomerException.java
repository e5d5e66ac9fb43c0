package com.maintflow.intake;

/** A request named a customer code MaintFlow does not know. */
public class UnknownCustomerException extends RuntimeException {

    private final String customerCode;

    public UnknownCustomerException(String customerCode) {
        this(customerCode, "Unknown customer code '" + customerCode + "'");
    }

    protected UnknownCustomerException(String customerCode, String message) {
        super(message);
        this.customerCode = customerCode;
    }

    /** What the answer says about the {@code customerCode} field. */
    public String fieldMessage() {
        return "is not a known customer code";
    }

    public String getCustomerCode() {
        return customerCode;
    }
}

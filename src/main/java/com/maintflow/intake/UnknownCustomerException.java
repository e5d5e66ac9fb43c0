package com.maintflow.intake;

/** A request named a customer code MaintFlow does not know. */
public class UnknownCustomerException extends RuntimeException {

    private final String customerCode;

    public UnknownCustomerException(String customerCode) {
        super("Unknown customer code '" + customerCode + "'");
        this.customerCode = customerCode;
    }

    public String getCustomerCode() {
        return customerCode;
    }
}

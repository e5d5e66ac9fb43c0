package com.maintflow.intake;

/** A request named a customer that was deactivated: MaintFlow takes no new requests for it (422). */
public class InactiveCustomerException extends UnknownCustomerException {

    public InactiveCustomerException(String customerCode) {
        super(customerCode, "客户 " + customerCode + " 已停用，不再受理新的维护请求 / Customer " + customerCode
                + " is deactivated; no new maintenance requests are taken for it. Please contact the vendor.",
                "is deactivated");
    }
}

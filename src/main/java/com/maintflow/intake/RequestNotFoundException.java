package com.maintflow.intake;

/** No maintenance request has this ticket number. */
public class RequestNotFoundException extends RuntimeException {

    public RequestNotFoundException(String ticket) {
        super("No maintenance request with ticket " + ticket);
    }
}

package com.maintflow.links;

import org.springframework.http.HttpStatus;

/** A link that may not be used (tampered, expired, already used, or the process waits for something else). */
public class LinkRejectedException extends RuntimeException {

    /** Why the link was refused; each maps to one status code and one bilingual page text. */
    public enum Reason {
        TAMPERED(HttpStatus.FORBIDDEN),
        EXPIRED(HttpStatus.GONE),
        ALREADY_USED(HttpStatus.CONFLICT),
        NOT_WAITING(HttpStatus.CONFLICT);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;

    public LinkRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

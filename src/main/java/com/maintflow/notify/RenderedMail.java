package com.maintflow.notify;

/** A mail as rendered from its template: subject and HTML body. */
record RenderedMail(String subject, String html) {
}

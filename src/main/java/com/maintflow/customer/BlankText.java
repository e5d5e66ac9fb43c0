package com.maintflow.customer;

/** Optional text from the API, the pages and the import: blank means "not given", anything else is stripped. */
final class BlankText {

    private BlankText() {
    }

    static String toNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

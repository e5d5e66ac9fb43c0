package com.maintflow.complaint;

/** Form text as the register stores it: stripped and refused beyond its column's 4000 characters. */
final class Limits {

    static final int MAX_TEXT = 4000;

    private Limits() {
    }

    static String text(String value) {
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new IllegalArgumentException("最多 4000 字 / At most 4000 characters, got " + stripped.length());
        }
        return stripped;
    }
}

package com.maintflow.tasklist;

/**
 * For other capabilities that put their own summary into a task form (a survey's answers, a return visit's
 * contract): customer- or staff-written text made literal Markdown exactly as in the request summary, so no link or
 * markup can form in Tasklist (see system/FormTemplatingTest).
 */
public final class FormText {

    private FormText() {
    }

    /** {@code text} as form-js shows it typed; "—" for null or blank. */
    public static String literal(String text) {
        return RequestSummary.literal(text);
    }

    /** Clipped to {@code limit} characters with an ellipsis (apply before {@link #literal}). */
    public static String clip(String text, int limit) {
        return RequestSummary.clip(text, limit);
    }
}

package com.maintflow.complaint;

/** The last milestone a complaint reached; the open task says what it waits for next. */
public enum ComplaintStatus {
    RECEIVED,
    REPEAT_REVIEWED,
    INVESTIGATED,
    ACTION_RECORDED,
    REPLIED,
    SATISFIED,
    UNSATISFIED,
    NO_ANSWER,
    MANAGEMENT_REVIEWED,
    CLOSED
}

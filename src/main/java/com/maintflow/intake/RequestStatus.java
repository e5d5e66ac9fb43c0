package com.maintflow.intake;

/** The last milestone a request reached; the open task says what it waits for next. */
public enum RequestStatus {
    RECEIVED,
    REVIEWED,
    CHARGING_DECIDED,
    QUOTED,
    QUOTE_APPROVED,
    QUOTE_DECLINED,
    PLANNED,
    PLAN_CONFIRMED,
    PLAN_DECLINED,
    IMPLEMENTED,
    ACCEPTANCE_REJECTED,
    ACCEPTED,
    OPINION_RECORDED,
    SUMMARIZED,
    SUMMARY_RETURNED,
    CLOSED,
    RECEIPT_SENT,
    ARCHIVED
}

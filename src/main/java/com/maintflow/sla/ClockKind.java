package com.maintflow.sla;

/** The three SLA clocks a ticket can carry. */
public enum ClockKind {
    /** Received until the first staff action on the review (claim or completion). */
    RESPONSE("响应", "response"),
    /** Received until the customer accepts the fix. */
    RESOLUTION("解决", "resolution"),
    /** Deep maintenance: received until the maintenance plan is sent to the customer. */
    PLAN("方案", "plan");

    private final String chinese;
    private final String english;

    ClockKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** How staff read the clock, e.g. {@code 解决时限 / resolution deadline}. */
    public String deadlineLabel() {
        return chinese + "时限 / " + english + " deadline";
    }
}

package com.maintflow.sla;

/** What the {@code SlaTargets} decision gives a ticket: deadlines in working minutes of {@code calendar}. */
record SlaTargets(long responseMinutes, long resolutionMinutes, long planDueMinutes, String calendar) {

    long minutesFor(ClockKind clock) {
        return switch (clock) {
            case RESPONSE -> responseMinutes;
            case RESOLUTION -> resolutionMinutes;
            case PLAN -> planDueMinutes;
            case INSPECTION, COMPLAINT_REPLY, ONSITE, RESTORE -> throw new IllegalArgumentException(clock + " has no target in SlaTargets");
        };
    }
}

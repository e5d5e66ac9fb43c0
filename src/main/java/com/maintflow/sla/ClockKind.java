package com.maintflow.sla;

import java.util.EnumSet;
import java.util.Set;

/**
 * The SLA clocks MaintFlow runs, one model for every process: a maintenance request carries RESPONSE, RESOLUTION and
 * PLAN (their targets from {@code sla-targets.dmn}); other service processes start their own clock with a target
 * they know ({@link SlaClocks#startClock}) and escalate through the same {@code sla-escalation} process.
 */
public enum ClockKind {
    /** Received until the first staff action on the review (claim or completion). */
    RESPONSE("响应", "response"),
    /** Received until the customer accepts the fix. */
    RESOLUTION("解决", "resolution"),
    /** Deep maintenance: received until the maintenance plan is sent to the customer. */
    PLAN("方案", "plan"),
    /** Periodic inspection: due until the end of its period (periodic-inspection.bpmn). */
    INSPECTION("巡检", "inspection"),
    /** Complaint: received until the reply to the customer goes out (complaint.bpmn). */
    COMPLAINT_REPLY("投诉答复", "complaint reply"),
    /** Emergency: declared until an engineer is confirmed on site (emergency-response.bpmn, contract onSiteHours). */
    ONSITE("到场", "on-site"),
    /** Emergency: declared until service is restored (emergency-response.bpmn, contract restoreHours). */
    RESTORE("恢复", "restore");

    /** The clocks of a maintenance request, whose targets the SlaTargets decision gives. */
    static final Set<ClockKind> REQUEST_CLOCKS = Set.copyOf(EnumSet.of(RESPONSE, RESOLUTION, PLAN));

    /**
     * The clocks that stop while the request waits on its customer (a quote, a plan, the acceptance): the request's
     * own. An emergency's clocks run on, whatever the request waits for.
     */
    static final Set<ClockKind> PAUSED_FOR_CUSTOMER = REQUEST_CLOCKS;

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

package com.maintflow.sla;

/** Where an SLA clock stands: counting, waiting on the customer, or stopped in time or late. */
public enum ClockState {
    RUNNING, PAUSED, MET, MISSED;

    boolean isStopped() {
        return this == MET || this == MISSED;
    }
}

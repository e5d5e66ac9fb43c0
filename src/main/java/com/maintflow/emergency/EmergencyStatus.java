package com.maintflow.emergency;

/** Where an emergency stands, in the order of emergency-response.bpmn. */
public enum EmergencyStatus {
    DECLARED, DISPATCHED, ON_SITE, RESTORED, REVIEWED
}

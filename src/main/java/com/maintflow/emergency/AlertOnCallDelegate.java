package com.maintflow.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AlertOnCall}: mails the on-call engineers of the staff roster (every maintenance engineer when nobody
 * is on call), the supervisors who dispatch, and management, through the outbox.
 */
@Component
class AlertOnCallDelegate implements JavaDelegate {

    private final EmergencyResponses emergencies;

    AlertOnCallDelegate(EmergencyResponses emergencies) {
        this.emergencies = emergencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emergencies.alert(EmergencyVariables.emergencyId(execution));
    }
}

package com.maintflow.emergency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyCustomer}: tells the request's contact who is coming and when (name, phone, ETA), with a
 * signed single-use link to confirm the arrival.
 */
@Component
class NotifyCustomerDelegate implements JavaDelegate {

    private final EmergencyResponses emergencies;

    NotifyCustomerDelegate(EmergencyResponses emergencies) {
        this.emergencies = emergencies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emergencies.notifyCustomer(EmergencyVariables.emergencyId(execution));
    }
}

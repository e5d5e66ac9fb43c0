package com.maintflow.plan;

import com.maintflow.intake.ContactNotifier;
import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendMaintenancePlan}: sends the plan to the customer contact for confirmation. */
@Component
class SendMaintenancePlanDelegate implements JavaDelegate {

    private final ContactNotifier contact;

    SendMaintenancePlanDelegate(ContactNotifier contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notifyContact(execution.getProcessBusinessKey(), NotificationTemplate.PLAN_FOR_CONFIRMATION);
    }
}

package com.maintflow.acceptance;

import com.maintflow.intake.ContactNotifier;
import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RequestAcceptance}: tells the customer contact the fix is ready for acceptance. */
@Component
class RequestAcceptanceDelegate implements JavaDelegate {

    private final ContactNotifier contact;

    RequestAcceptanceDelegate(ContactNotifier contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notifyContact(execution.getProcessBusinessKey(), NotificationTemplate.READY_FOR_ACCEPTANCE);
    }
}

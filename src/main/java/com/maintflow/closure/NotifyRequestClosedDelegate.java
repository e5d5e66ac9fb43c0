package com.maintflow.closure;

import com.maintflow.intake.ContactNotifier;
import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyRequestClosed}: tells the customer contact the request is closed. */
@Component
class NotifyRequestClosedDelegate implements JavaDelegate {

    private final ContactNotifier contact;

    NotifyRequestClosedDelegate(ContactNotifier contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notifyContact(execution.getProcessBusinessKey(), NotificationTemplate.REQUEST_CLOSED);
    }
}

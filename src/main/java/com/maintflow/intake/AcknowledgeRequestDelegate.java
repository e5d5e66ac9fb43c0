package com.maintflow.intake;

import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AcknowledgeRequest}: tells the contact the request was received, with its ticket number. */
@Component
class AcknowledgeRequestDelegate implements JavaDelegate {

    private final ContactNotifier contact;

    AcknowledgeRequestDelegate(ContactNotifier contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notifyContact(execution.getProcessBusinessKey(), NotificationTemplate.REQUEST_RECEIVED);
    }
}

package com.maintflow.quote;

import com.maintflow.intake.ContactNotifier;
import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendQuote}: sends the quote to the customer contact for a decision. */
@Component
class SendQuoteDelegate implements JavaDelegate {

    private final ContactNotifier contact;

    SendQuoteDelegate(ContactNotifier contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notifyContact(execution.getProcessBusinessKey(), NotificationTemplate.QUOTE);
    }
}

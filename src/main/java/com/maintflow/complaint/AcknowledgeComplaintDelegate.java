package com.maintflow.complaint;

import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_AcknowledgeComplaint}: tells the contact the complaint was received, with its number. */
@Component
class AcknowledgeComplaintDelegate implements JavaDelegate {

    private final ComplaintContact contact;

    AcknowledgeComplaintDelegate(ComplaintContact contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notify(execution.getProcessBusinessKey(), NotificationTemplate.COMPLAINT_RECEIVED);
    }
}

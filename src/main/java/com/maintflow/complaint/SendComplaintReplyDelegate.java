package com.maintflow.complaint;

import com.maintflow.notify.NotificationTemplate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendComplaintReply}: mails the reply with its signed links 满意 / 不满意. */
@Component
class SendComplaintReplyDelegate implements JavaDelegate {

    private final ComplaintContact contact;

    SendComplaintReplyDelegate(ComplaintContact contact) {
        this.contact = contact;
    }

    @Override
    public void execute(DelegateExecution execution) {
        contact.notify(execution.getProcessBusinessKey(), NotificationTemplate.COMPLAINT_REPLY);
    }
}

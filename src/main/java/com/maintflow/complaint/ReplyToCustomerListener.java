package com.maintflow.complaint;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReplyToCustomer}: stores the reply text the next step mails to the customer. */
@Component
class ReplyToCustomerListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    ReplyToCustomerListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        complaints.reply(number, Limits.text(requiredText(task, "replyText")), actors.now(), actors.of(task));
    }
}

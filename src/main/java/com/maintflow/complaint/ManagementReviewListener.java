package com.maintflow.complaint;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ManagementReview}: management's decision on a complaint the customer was not satisfied with. */
@Component
class ManagementReviewListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    ManagementReviewListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        complaints.reviewByManagement(number, Limits.text(requiredText(task, "managementDecision")), actors.of(task));
    }
}

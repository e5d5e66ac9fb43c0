package com.maintflow.complaint;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewRepeatedComplaint}: management notes how the repeated complaint is to be handled. */
@Component
class ReviewRepeatedComplaintListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    ReviewRepeatedComplaintListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        complaints.reviewRepeat(number, Limits.text(requiredText(task, "repeatReviewNote")), actors.of(task));
    }
}

package com.maintflow.complaint;

import static com.maintflow.system.Variables.decision;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordComplaintAnswer}: the customer answered by phone or in writing: satisfied or not. */
@Component
class RecordComplaintAnswerListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    RecordComplaintAnswerListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        boolean satisfied = decision(task, ComplaintAnswers.SATISFIED);
        complaints.answer(number, satisfied ? CustomerAnswer.SATISFIED : CustomerAnswer.UNSATISFIED, actors.now(),
                actors.of(task));
    }
}

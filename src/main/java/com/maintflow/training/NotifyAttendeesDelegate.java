package com.maintflow.training;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyAttendees}: the training notice to every attendee, each with their own registration link. */
@Component
class NotifyAttendeesDelegate implements JavaDelegate {

    private final Trainings trainings;
    private final Actors actors;

    NotifyAttendeesDelegate(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trainings.notifyAttendees(execution.getProcessBusinessKey(), actors.now(), false);
    }
}

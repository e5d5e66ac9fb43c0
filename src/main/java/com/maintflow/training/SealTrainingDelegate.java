package com.maintflow.training;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SealTraining}: closes the training and seals its record in the archive. */
@Component
class SealTrainingDelegate implements JavaDelegate {

    private final Trainings trainings;
    private final Actors actors;

    SealTrainingDelegate(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trainings.closeAndSeal(execution.getProcessBusinessKey(), actors.now());
    }
}

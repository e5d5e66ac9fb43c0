package com.maintflow.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RemindMaterials}: 3 working days before the start, the materials are not ready: mail the trainers. */
@Component
class RemindMaterialsDelegate implements JavaDelegate {

    private final Trainings trainings;

    RemindMaterialsDelegate(Trainings trainings) {
        this.trainings = trainings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trainings.remindMaterials(execution.getProcessBusinessKey());
    }
}

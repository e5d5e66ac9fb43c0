package com.maintflow.training;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareMaterials}: the trainers confirm the materials are ready (checkbox {@code materialsReady}). */
@Component
class PrepareMaterialsListener implements TaskListener {

    private final Trainings trainings;
    private final Actors actors;

    PrepareMaterialsListener(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"true".equals(TaskFields.optional(task, "materialsReady"))) {
            throw new IllegalArgumentException("请确认资料已准备好 / Confirm the materials are ready");
        }
        trainings.materialsReady(task.getExecution().getProcessBusinessKey(), actors.of(task), actors.now());
    }
}

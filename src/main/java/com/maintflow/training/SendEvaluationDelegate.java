package com.maintflow.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendEvaluation}: a signed evaluation link to every attendee who signed in. */
@Component
class SendEvaluationDelegate implements JavaDelegate {

    private final Trainings trainings;

    SendEvaluationDelegate(Trainings trainings) {
        this.trainings = trainings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trainings.sendEvaluation(execution.getProcessBusinessKey());
    }
}

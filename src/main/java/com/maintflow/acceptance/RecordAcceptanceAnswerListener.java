package com.maintflow.acceptance;

import static com.maintflow.system.Variables.decision;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordAcceptanceAnswer} completed: one acceptance round, counted in {@code acceptanceRounds}. */
@Component
class RecordAcceptanceAnswerListener implements TaskListener {

    private final Acceptances acceptances;
    private final Actors actors;

    RecordAcceptanceAnswerListener(Acceptances acceptances, Actors actors) {
        this.acceptances = acceptances;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean accepted = decision(task, "accepted");
        int round = acceptances.answer(task.getExecution().getProcessBusinessKey(), accepted,
                text(task, "acceptanceNote"), actors.of(task));
        task.getExecution().setVariable("accepted", accepted);
        task.getExecution().setVariable("acceptanceRounds", round);
    }
}

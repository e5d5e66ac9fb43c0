package com.maintflow.plan;

import static com.maintflow.system.Variables.decision;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordPlanAnswer} completed: the customer's confirmation, given by phone or in writing. */
@Component
class RecordPlanAnswerListener implements TaskListener {

    private final MaintenancePlans plans;
    private final Actors actors;

    RecordPlanAnswerListener(MaintenancePlans plans, Actors actors) {
        this.plans = plans;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean confirmed = decision(task, "planConfirmed");
        task.getExecution().setVariable("planConfirmed", confirmed);
        plans.answer(task.getExecution().getProcessBusinessKey(), confirmed, actors.of(task));
    }
}

package com.maintflow.closure;

import static com.maintflow.system.Variables.decision;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmClosure} completed: confirms the summary, or sends it back. */
@Component
class ConfirmClosureListener implements TaskListener {

    private final MaintenanceSummaries summaries;
    private final Actors actors;

    ConfirmClosureListener(MaintenanceSummaries summaries, Actors actors) {
        this.summaries = summaries;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean confirmed = decision(task, "confirmed");
        task.getExecution().setVariable("confirmed", confirmed);
        summaries.decide(task.getExecution().getProcessBusinessKey(), confirmed, actors.of(task));
    }
}

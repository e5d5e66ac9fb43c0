package com.maintflow.acceptance;

import static com.maintflow.system.Variables.integer;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCustomerOpinion} completed: stores satisfaction and opinion. */
@Component
class RecordCustomerOpinionListener implements TaskListener {

    private final Acceptances acceptances;
    private final Actors actors;

    RecordCustomerOpinionListener(Acceptances acceptances, Actors actors) {
        this.acceptances = acceptances;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        acceptances.recordOpinion(task.getExecution().getProcessBusinessKey(), integer(task, "satisfaction"),
                text(task, "customerOpinion"), actors.of(task));
    }
}

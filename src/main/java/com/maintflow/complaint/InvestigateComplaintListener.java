package com.maintflow.complaint;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_InvestigateComplaint}: stores the supervisors' findings — facts, cause and responsibility. */
@Component
class InvestigateComplaintListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    InvestigateComplaintListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        complaints.investigate(number, Limits.text(requiredText(task, "facts")), Limits.text(requiredText(task, "cause")),
                Limits.text(requiredText(task, "responsibility")), actors.of(task));
    }
}

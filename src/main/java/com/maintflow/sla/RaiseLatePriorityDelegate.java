package com.maintflow.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalation level 2 ({@code Task_RaisePriority}): the late step's open task sorts first in Tasklist. */
@Component
class RaiseLatePriorityDelegate implements JavaDelegate {

    private final LateTasks lateTasks;

    RaiseLatePriorityDelegate(LateTasks lateTasks) {
        this.lateTasks = lateTasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lateTasks.raisePriority(execution.getProcessBusinessKey(),
                ClockKind.valueOf((String) execution.getVariable(SlaEscalations.CLOCK)));
    }
}

package com.maintflow.sla;

import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Puts a ticket's moved SLA deadlines on its open Tasklist tasks, as {@link SlaTaskListener} does on creation. */
@Component
class OpenTaskDueDates {

    private final TaskService tasks;
    private final SlaClocks clocks;
    private final RepositoryService repository;

    OpenTaskDueDates(TaskService tasks, SlaClocks clocks, RepositoryService repository) {
        this.tasks = tasks;
        this.clocks = clocks;
        this.repository = repository;
    }

    void refresh(String ticket) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(ticket).active().list()) {
            String step = task.getTaskDefinitionKey();
            if (step == null || task.getProcessDefinitionId() == null) {
                continue;
            }
            SlaStep sla = SlaStep.of(repository.getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(step));
            if (sla.pause()) {
                continue; // paused clocks: the due date shown while waiting on the customer stays as it was
            }
            // An escalation task is due at its own clock's deadline.
            ClockKind clock = task.getProcessDefinitionId().startsWith(SlaEscalations.PROCESS_KEY + ":")
                    ? ClockKind.valueOf((String) tasks.getVariable(task.getId(), SlaEscalations.CLOCK))
                    : SlaTaskListener.clockOf(sla);
            clocks.runningDeadline(ticket, clock)
                    .or(() -> clocks.runningDeadline(ticket, ClockKind.RESOLUTION))
                    .ifPresent(due -> {
                        task.setDueDate(Date.from(due));
                        tasks.saveTask(task);
                    });
        }
    }
}

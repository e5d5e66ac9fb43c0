package com.maintflow.sla;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open 维护实施 / Implement maintenance task of a ticket, which the escalation levels act on. */
@Component
class ImplementationTasks {

    static final String IMPLEMENT = "Task_ImplementMaintenance";
    /** Above Camunda's default of 50, so the late work sorts first in Tasklist. */
    static final int ESCALATED_PRIORITY = 80;

    private final TaskService tasks;

    ImplementationTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    Optional<Task> openIn(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(IMPLEMENT).active()
                .list().stream().findFirst();
    }

    /** Escalation level 2: the late implementation task moves up everyone's Tasklist. */
    void raisePriority(String processInstanceId) {
        openIn(processInstanceId).ifPresent(task -> tasks.setPriority(task.getId(), ESCALATED_PRIORITY));
    }
}

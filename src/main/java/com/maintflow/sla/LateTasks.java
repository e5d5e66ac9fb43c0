package com.maintflow.sla;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open late task of a ticket that the escalation levels act on ({@link EscalatedStep#lateTask}: the review,
 * the plan being written, the implementation).
 */
@Component
class LateTasks {

    /** Above Camunda's default of 50, so the late work sorts first in Tasklist. */
    static final int ESCALATED_PRIORITY = 80;

    private final TaskService tasks;

    LateTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Escalation level 2: the late task ({@code taskKey}) moves up everyone's Tasklist. */
    void raisePriority(String processInstanceId, String taskKey) {
        open(processInstanceId, taskKey).ifPresent(task -> tasks.setPriority(task.getId(), ESCALATED_PRIORITY));
    }

    /** The open task {@code taskKey} of the instance, if any (e.g. the plan being written). */
    Optional<Task> open(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active()
                .list().stream().findFirst();
    }
}

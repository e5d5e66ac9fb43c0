package com.maintflow.sla;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open late task of a ticket that the escalation levels act on: 维护实施 / Implement maintenance for the
 * resolution clock, 编制维护方案 / Prepare maintenance plan for the plan clock.
 */
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
        return open(processInstanceId, IMPLEMENT);
    }

    /** Escalation level 2: the late implementation task moves up everyone's Tasklist. */
    void raisePriority(String processInstanceId) {
        raisePriority(processInstanceId, IMPLEMENT);
    }

    /** Escalation level 2 of any clock: the late task ({@code taskKey}) moves up everyone's Tasklist. */
    void raisePriority(String processInstanceId, String taskKey) {
        open(processInstanceId, taskKey).ifPresent(task -> tasks.setPriority(task.getId(), ESCALATED_PRIORITY));
    }

    /** The open task {@code taskKey} of the instance, if any (e.g. the plan being written). */
    Optional<Task> open(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active()
                .list().stream().findFirst();
    }
}

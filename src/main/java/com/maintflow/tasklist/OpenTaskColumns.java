package com.maintflow.tasklist;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Keeps the Tasklist list columns of a ticket's open tasks (task-local copies, see {@link TaskCaptionListener}) in
 * step with the request when it changes after the tasks were created.
 */
@Service
public class OpenTaskColumns {

    private final TaskService tasks;

    OpenTaskColumns(TaskService tasks) {
        this.tasks = tasks;
    }

    /** A re-classified request: open tasks that show a severity show the new one. */
    public void severityChanged(String ticket, String severity) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(ticket).list()) {
            if (tasks.getVariableLocal(task.getId(), TaskCaptionListener.SEVERITY) != null) {
                tasks.setVariableLocal(task.getId(), TaskCaptionListener.SEVERITY, severity);
            }
        }
    }
}

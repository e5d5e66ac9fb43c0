package com.maintflow.training;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reading a submitted task form: required text within limits, refused with a bilingual message otherwise. */
final class TaskFields {

    static final int MAX_TEXT = 4000;

    private TaskFields() {
    }

    static String required(DelegateTask task, String name) {
        String value = optional(task, name);
        if (value == null) {
            throw new IllegalArgumentException("必填 / Required: " + name);
        }
        return value;
    }

    /**
     * The submitted value. {@code TaskService#complete} writes form fields to the execution (the process instance, as
     * no scope has them), so a task-local default of the same name (prefilled sessions, attendees) must not shadow
     * it; Tasklist's form submit updates an existing task-local variable instead, found when the execution has none.
     */
    static String optional(DelegateTask task, String name) {
        Object value = task.getExecution() != null && task.getExecution().hasVariable(name)
                ? task.getExecution().getVariable(name) : task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("最多 4000 字 / At most 4000 characters: " + name);
        }
        return text;
    }

    /**
     * Removes what a completion left on the process instance, so the next task of the same form (the sign-in sheet
     * of another session) never reads a stale value in place of its own.
     */
    static void forget(DelegateTask task, String... names) {
        for (String name : names) {
            if (task.getExecution() != null && task.getExecution().hasVariable(name)) {
                task.getExecution().removeVariable(name);
            }
        }
    }
}

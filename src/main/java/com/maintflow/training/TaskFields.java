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
     * The submitted value: Tasklist and {@code TaskService#complete} write form fields to the execution, so a
     * task-local default of the same name (the prefilled sessions, attendees) must not shadow what was submitted.
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
}

package com.maintflow.training;

import com.maintflow.system.Actors;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SignInSheet} (one per session): the instructor lists who attended ({@code attendedNumbers}, the
 * attendees' numbers, comma-separated; prefilled with everyone) and confirms with {@code confirmSheet}. Completing it
 * is the confirmation: it records instructor (the task's assignee, else the logged-in user — who must be one of the
 * training's instructors), time and attendee list; the sheet is immutable afterwards.
 */
@Component
class SignInSheetListener implements TaskListener {

    private final Trainings trainings;
    private final Actors actors;

    SignInSheetListener(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean confirmed = "true".equals(TaskFields.optional(task, "confirmSheet"));
        String text = TaskFields.optional(task, "attendedNumbers");
        TaskFields.forget(task, "confirmSheet", "attendedNumbers");
        if (!confirmed) {
            throw new IllegalArgumentException("请确认签到表 / Confirm the sign-in sheet");
        }
        List<Integer> attended;
        try {
            attended = text == null ? List.of() : Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank())
                    .map(Integer::valueOf).distinct().toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("出席学员编号应为数字，用逗号分隔 / Attendee numbers, comma-separated: "
                    + text);
        }
        trainings.signIn(task.getExecution().getProcessBusinessKey(), sessionOf(task), attended, actors.of(task),
                actors.now());
    }

    static int sessionOf(DelegateTask task) {
        Object counter = task.getExecution().getVariable("loopCounter");
        return (counter instanceof Number n ? n.intValue() : 0) + 1;
    }
}

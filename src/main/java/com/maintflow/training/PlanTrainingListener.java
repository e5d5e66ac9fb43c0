package com.maintflow.training;

import com.maintflow.system.Actors;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlanTraining}: instructors (trainers' user ids, comma-separated), administration and logistics, and
 * the sessions, one per line {@code yyyy-MM-dd HH:mm-HH:mm room}. Sets {@code instructors} (candidate users of the
 * sign-in sheets) and {@code sessionCount} (their multi-instance cardinality).
 */
@Component
class PlanTrainingListener implements TaskListener {

    private final Trainings trainings;
    private final Actors actors;

    PlanTrainingListener(Trainings trainings, Actors actors) {
        this.trainings = trainings;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        var instructors = Arrays.stream(TaskFields.required(task, "instructors").split("[,，\\s]+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        trainings.plan(number, instructors, TaskFields.optional(task, "logistics"),
                TaskFields.required(task, "sessions"), actors.of(task));
        var training = trainings.byNumber(number);
        task.getExecution().setVariable("instructors", String.join(",", training.getInstructors()));
        task.getExecution().setVariable("sessionCount", training.getSessions().size());
    }
}

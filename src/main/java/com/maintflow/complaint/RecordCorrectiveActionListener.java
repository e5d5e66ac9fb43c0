package com.maintflow.complaint;

import static com.maintflow.system.Variables.flag;
import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCorrectiveAction}: the corrective and preventive action record (纠正/预防措施) — action, owner,
 * due date (the form's ISO date) and whether it is done already.
 */
@Component
class RecordCorrectiveActionListener implements TaskListener {

    private final Complaints complaints;
    private final Actors actors;

    RecordCorrectiveActionListener(Complaints complaints, Actors actors) {
        this.complaints = complaints;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        String owner = requiredText(task, "actionOwner").strip();
        if (owner.length() > 100) {
            throw new IllegalArgumentException("负责人最多 100 字 / The owner has at most 100 characters");
        }
        complaints.recordAction(number, Limits.text(requiredText(task, "correctiveAction")), owner,
                dueDate(requiredText(task, "actionDueDate")), flag(task, "actionDone"), actors.now(), actors.of(task));
    }

    private static LocalDate dueDate(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("请填写日期 yyyy-mm-dd / actionDueDate must be a date like 2026-12-31");
        }
    }
}

package com.maintflow.plan;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareMaintenancePlan} completed: stores a new plan version. */
@Component
class PrepareMaintenancePlanListener implements TaskListener {

    private final MaintenancePlans plans;
    private final Actors actors;

    PrepareMaintenancePlanListener(MaintenancePlans plans, Actors actors) {
        this.plans = plans;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        plans.prepare(task.getExecution().getProcessBusinessKey(), requiredText(task, "planSummary"),
                dueDate(requiredText(task, "planDueDate")), actors.of(task));
    }

    /** The form's date field gives {@code 2026-12-01}; an ISO date-time is accepted too. */
    private static LocalDate dueDate(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("planDueDate must be a date like 2026-12-01, got '" + value + "'", e);
        }
    }
}

package com.maintflow.returnvisit;

import static com.maintflow.system.Variables.requiredText;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleNextVisit}: the visit's day has come; plans the next visit one cycle on (if still in the
 * maintenance period) and writes {@code inMaintenancePeriod} for this one, plus {@code attempts} = 0.
 */
@Component
class ScheduleNextVisitDelegate implements JavaDelegate {

    private final ReturnVisits visits;

    ScheduleNextVisitDelegate(ReturnVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean inPeriod = visits.startVisit(execution.getProcessBusinessKey(),
                requiredText(execution, "contractNumber"), LocalDate.parse(requiredText(execution, "dueOn")));
        execution.setVariable("inMaintenancePeriod", inPeriod);
        execution.setVariable("attempts", 0L);
    }
}

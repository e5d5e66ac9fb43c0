package com.maintflow.inspection;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartInspection} of inspection-schedule (asynchronous): opens the inspection of the period due now for
 * the contract (business key), unless that period has one. Sets {@code lastInspection} to the key it opened.
 */
@Component
class StartInspectionDelegate implements JavaDelegate {

    private final Inspections inspections;
    private final Actors actors;

    StartInspectionDelegate(Inspections inspections, Actors actors) {
        this.inspections = inspections;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.open(execution.getProcessBusinessKey(), actors.now())
                .ifPresent(key -> execution.setVariable("lastInspection", key));
    }
}

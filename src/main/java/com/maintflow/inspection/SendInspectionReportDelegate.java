package com.maintflow.inspection;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendInspectionReport}: the report (INSPECTION_REPORT) to every contact of the customer, via the outbox. */
@Component
class SendInspectionReportDelegate implements JavaDelegate {

    private final Inspections inspections;
    private final Actors actors;

    SendInspectionReportDelegate(Inspections inspections, Actors actors) {
        this.inspections = inspections;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.report(execution.getProcessBusinessKey(), actors.now());
    }
}

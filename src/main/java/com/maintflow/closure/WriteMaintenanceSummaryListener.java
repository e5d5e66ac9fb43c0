package com.maintflow.closure;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_WriteMaintenanceSummary} completed: stores the summary text. */
@Component
class WriteMaintenanceSummaryListener implements TaskListener {

    private final MaintenanceSummaries summaries;
    private final Actors actors;

    WriteMaintenanceSummaryListener(MaintenanceSummaries summaries, Actors actors) {
        this.summaries = summaries;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        summaries.write(task.getExecution().getProcessBusinessKey(), requiredText(task, "summary"), actors.of(task));
    }
}

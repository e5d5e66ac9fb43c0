package com.maintflow.knowledge;

import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a review or implementation task of a request is created, its form gets the similar solved faults as the
 * task-local {@value #VARIABLE} (fixed then, like the request summary). Fed by the Spring event bridge, for the
 * maintenance request process only.
 */
@Component
class SimilarFaultsListener {

    static final String VARIABLE = "similarFaults";
    static final Set<String> STEPS = Set.of("Task_ReviewRequest", "Task_ImplementMaintenance");

    private final MaintenanceRequests requests;
    private final SimilarFaults similarFaults;

    SimilarFaultsListener(MaintenanceRequests requests, SimilarFaults similarFaults) {
        this.requests = requests;
        this.similarFaults = similarFaults;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' && #task.processDefinitionId != null"
            + " && #task.processDefinitionId.startsWith('" + IntakeService.PROCESS_KEY + ":')")
    void onTaskCreated(DelegateTask task) {
        String ticket = task.getExecution().getProcessBusinessKey();
        if (!STEPS.contains(task.getTaskDefinitionKey()) || ticket == null || !requests.exists(ticket)) {
            return;
        }
        task.setVariableLocal(VARIABLE, similarFaults.markdown(ticket));
    }
}

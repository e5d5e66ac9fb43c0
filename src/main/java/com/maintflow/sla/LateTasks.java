package com.maintflow.sla;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The late step an escalation acts on: the ticket's open tasks that work against the clock (task property
 * {@code slaClock} in their BPMN: the review for RESPONSE, the plan for PLAN, the implementation for RESOLUTION).
 * While none is open the clock is held up elsewhere (e.g. the quote before a plan): then the ticket's open work is
 * what runs late. The escalation's own tasks are never the late step.
 */
@Component
class LateTasks {

    /** Above Camunda's default of 50, so the late work sorts first in Tasklist. */
    static final int ESCALATED_PRIORITY = 80;

    private final TaskService tasks;
    private final RepositoryService repository;

    LateTasks(TaskService tasks, RepositoryService repository) {
        this.tasks = tasks;
        this.repository = repository;
    }

    /** Escalation level 2: the late work moves up everyone's Tasklist. */
    void raisePriority(String ticket, ClockKind clock) {
        of(ticket, clock).forEach(task -> tasks.setPriority(task.getId(), ESCALATED_PRIORITY));
    }

    List<Task> of(String ticket, ClockKind clock) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(ticket).active().list().stream()
                .filter(task -> task.getProcessDefinitionId() != null
                        && !task.getProcessDefinitionId().startsWith(SlaEscalations.PROCESS_KEY + ":"))
                .toList();
        List<Task> late = open.stream().filter(task -> step(task).clock().filter(clock::equals).isPresent()).toList();
        return late.isEmpty() ? open : late;
    }

    /** The step's name as drawn (Tasklist's task name carries the ticket caption too). */
    String stepName(Task task) {
        FlowElement element = element(task);
        return element == null || element.getName() == null ? task.getTaskDefinitionKey() : element.getName();
    }

    private SlaStep step(Task task) {
        return SlaStep.of(element(task));
    }

    private FlowElement element(Task task) {
        return repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
    }
}

package com.maintflow.notify;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a candidate group by mail that a task of a ticket is waiting for it. Fed by the Camunda Spring Boot
 * starter's task events ({@code camunda.bpm.eventing.task}), so no BPMN needs a listener for it.
 */
@Component
class GroupTaskNotifyListener {

    private final StaffNotifier staff;

    GroupTaskNotifyListener(StaffNotifier staff) {
        this.staff = staff;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onTaskCreated(DelegateTask task) {
        String ticket = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (ticket == null) {
            return; // not about a ticket (e.g. mail triage): nothing to key a notice on
        }
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> staff.notifyGroup(ticket, NotificationTemplate.TASK_ASSIGNED, link.getGroupId(),
                        Map.of("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName())));
    }
}

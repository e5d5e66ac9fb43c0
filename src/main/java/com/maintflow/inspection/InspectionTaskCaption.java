package com.maintflow.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names an inspection's task {@code <step> · <key> · <customer>} and gives it the task-local {@code ticket},
 * {@code customerName} and {@code title} the shared Tasklist filters show (a task reader sees only task-local
 * variables in the list), like tasklist/TaskCaptionListener does for requests. Only periodic-inspection's tasks.
 */
@Component
class InspectionTaskCaption {

    private static final String SEPARATOR = " · ";

    private final InspectionRepository inspections;
    private final com.maintflow.customer.Customers customers;

    InspectionTaskCaption(InspectionRepository inspections, com.maintflow.customer.Customers customers) {
        this.inspections = inspections;
        this.customers = customers;
    }

    // First, so the group notice mailed on the same event already carries the caption.
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' && "
            + "#task.processDefinitionId != null && #task.processDefinitionId.startsWith('" + Inspections.PROCESS_KEY
            + ":')")
    void onTaskCreated(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        inspections.findById(key).ifPresent(inspection -> {
            String customer = customers.byCode(inspection.getCustomerCode()).map(c -> c.getName())
                    .orElse(inspection.getCustomerCode());
            String step = task.getBpmnModelElementInstance() == null ? task.getTaskDefinitionKey()
                    : task.getBpmnModelElementInstance().getName();
            String title = "巡检 / Inspection " + inspection.getContractNumber() + " " + inspection.getPeriodKey();
            task.setName(truncate(String.join(SEPARATOR, step, key, customer), 255));
            task.setDescription("合同 / Contract: " + inspection.getContractNumber() + SEPARATOR + "周期 / Period: "
                    + inspection.getPeriodKey() + SEPARATOR + "详情 / Details: /api/inspections/" + key);
            task.setVariableLocal("ticket", key);
            task.setVariableLocal("customerName", customer);
            task.setVariableLocal("title", title);
        });
    }

    private static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}

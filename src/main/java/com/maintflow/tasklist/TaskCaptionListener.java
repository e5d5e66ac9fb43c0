package com.maintflow.tasklist;

import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.records.RequestRecordsQuery;
import com.maintflow.system.Labels;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names every new ticket task {@code <step> · <ticket> · <title>} and describes it with customer and system, so a
 * Tasklist row says what it is about without opening it, and gives its form the request summary (task-local
 * {@value RequestSummary#VARIABLE}) so staff need not leave Tasklist to understand it. Fed by the starter's task
 * events, like the group notice.
 */
@Component
class TaskCaptionListener {

    // Camunda's ACT_RU_TASK.NAME_ and DESCRIPTION_ column widths.
    static final int NAME_LIMIT = 255;
    static final int DESCRIPTION_LIMIT = 4000;
    private static final String SEPARATOR = " · ";
    /** The list column only reviewed requests have; {@link OpenTaskColumns} follows re-classification. */
    static final String SEVERITY = "severity";
    static final String TICKET = "ticket";
    static final String CUSTOMER_NAME = "customerName";
    static final String TITLE = "title";
    /**
     * The task-local copies this listener writes: display copies of the register, kept out of Camunda's history
     * ({@link CaptionCopiesOutOfHistory}).
     */
    static final Set<String> COPIES = Set.of(TICKET, CUSTOMER_NAME, TITLE, SEVERITY, RequestSummary.VARIABLE);

    private final MaintenanceRequests requests;
    private final RequestRecordsQuery records;
    private final Labels labels;

    TaskCaptionListener(MaintenanceRequests requests, RequestRecordsQuery records, Labels labels) {
        this.requests = requests;
        this.records = records;
        this.labels = labels;
    }

    // First, so the group notice mailed on the same event already carries the caption.
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onTaskCreated(DelegateTask task) {
        String ticket = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (ticket == null || !requests.exists(ticket)) {
            return; // not about a registered ticket (e.g. mail triage): the BPMN name is all there is
        }
        MaintenanceRequest request = requests.byTicket(ticket);
        task.setName(truncate(String.join(SEPARATOR, stepName(task), ticket, request.getTitle()), NAME_LIMIT));
        task.setDescription(truncate(description(task, request), DESCRIPTION_LIMIT));
        // Task-local: it describes the request as this task found it, and no other step's form reads it.
        task.setVariableLocal(RequestSummary.VARIABLE, RequestSummary.of(request, records.of(ticket), labels));
        showInTaskList(task, request);
    }

    /**
     * Task-local copies of what the filters show in Tasklist's list: front-line staff may read their tasks but not
     * the process instance, and Camunda lets a task reader see only the task's own variables. Severity only once
     * reviewed: the review form submits {@code severity}, and a local variable of that name would catch it.
     */
    private static void showInTaskList(DelegateTask task, MaintenanceRequest request) {
        task.setVariableLocal(TICKET, request.getTicket());
        task.setVariableLocal(CUSTOMER_NAME, request.getCustomer().getName());
        task.setVariableLocal(TITLE, request.getTitle());
        if (request.getSeverity() != null) {
            task.setVariableLocal(SEVERITY, request.getSeverity());
        }
    }

    /** The BPMN name, not {@code task.getName()}: that may already be a caption when the step repeats. */
    private static String stepName(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        String name = element == null ? null : element.getName();
        return name == null ? task.getTaskDefinitionKey() : name;
    }

    private static String description(DelegateTask task, MaintenanceRequest request) {
        String caption = "客户 / Customer: " + request.getCustomer().getCode()
                + SEPARATOR + "系统 / System: " + request.getSystem()
                + SEPARATOR + "详情 / Details: /tickets/" + request.getTicket();
        String documented = task.getDescription();
        return documented == null || documented.isBlank() ? caption : caption + "\n\n" + documented;
    }

    static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}

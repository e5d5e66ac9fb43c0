package com.maintflow.intake;

import com.maintflow.attachment.Attachments;
import com.maintflow.timeline.Timeline;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the request view: register entry, open user tasks from the engine, and the timeline. */
@Service
@Transactional(readOnly = true)
public class RequestQuery {

    private final MaintenanceRequests requests;
    private final TaskService taskService;
    private final Timeline timeline;
    private final RequestSlaSource sla;
    private final Attachments attachments;

    RequestQuery(MaintenanceRequests requests, TaskService taskService, Timeline timeline, RequestSlaSource sla,
                 Attachments attachments) {
        this.attachments = attachments;
        this.requests = requests;
        this.taskService = taskService;
        this.timeline = timeline;
        this.sla = sla;
    }

    public RequestView view(String ticket) {
        var request = requests.byTicket(ticket);
        var classification = request.getReviewOutcome() == null ? null
                : new Classification(request.getMaintenanceType(), request.getServiceKind(), request.getSeverity(),
                        request.getReviewOutcome());
        return new RequestView(request.getTicket(), request.getStatus(), request.getCustomer().getCode(),
                request.getCustomer().getName(),
                request.getContract() == null ? null : request.getContract().getContractNumber(), termsOf(request),
                request.getChannel().name(), request.getOrigin(), request.getContactName(), request.getContactEmail(),
                request.getContactPhone(), request.getSystem(), request.getTitle(), request.getDescription(),
                request.getReceivedAt(), request.isWithinFreePeriod(), classification, request.getCharging(),
                request.getProcessInstanceId(), openTasks(ticket), sla.clocksOf(ticket), events(ticket),
                attachments(ticket));
    }

    private static RequestView.Terms termsOf(MaintenanceRequest request) {
        var terms = request.getTerms();
        return terms == null ? null : new RequestView.Terms(request.getContract().getContractNumber(),
                terms.getServiceLevel(), terms.getServiceCalendar(), terms.getWarrantyStart(), terms.getWarrantyEnd(),
                terms.getFreeMaintenanceEnd());
    }

    private List<RequestView.OpenTask> openTasks(String ticket) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket).orderByTaskCreateTime().asc()
                .list().stream().map(this::openTask).toList();
    }

    private RequestView.OpenTask openTask(Task task) {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        return new RequestView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                task.getAssignee(), task.getCreateTime().toInstant());
    }

    private List<RequestView.Attachment> attachments(String ticket) {
        return attachments.of(ticket).stream().map(file -> new RequestView.Attachment(file.id(), file.name(),
                file.type(), file.size(), file.source().name(),
                "/api/requests/" + ticket + "/attachments/" + file.id())).toList();
    }

    private List<RequestView.Event> events(String ticket) {
        return timeline.of(ticket).stream()
                .map(e -> new RequestView.Event(e.getOccurredAt(), e.getEvent(), e.getActor(), e.getDetail()))
                .toList();
    }
}

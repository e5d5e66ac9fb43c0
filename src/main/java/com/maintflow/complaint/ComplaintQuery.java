package com.maintflow.complaint;

import com.maintflow.sla.SlaClocks;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the complaint view: register entry, actions, open tasks from the engine, SLA clock and timeline. */
@Service
@Transactional(readOnly = true)
public class ComplaintQuery {

    private final Complaints complaints;
    private final TaskService taskService;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final Actors actors;

    ComplaintQuery(Complaints complaints, TaskService taskService, Timeline timeline, SlaClocks clocks,
                   Actors actors) {
        this.complaints = complaints;
        this.taskService = taskService;
        this.timeline = timeline;
        this.clocks = clocks;
        this.actors = actors;
    }

    public ComplaintView view(String number) {
        var c = complaints.byNumber(number);
        var investigation = c.getFacts() == null ? null
                : new ComplaintView.Investigation(c.getFacts(), c.getCause(), c.getResponsibility());
        return new ComplaintView(c.getComplaintNumber(), c.getStatus(), c.getCustomer().getCode(),
                c.getCustomer().getName(), c.getContractNumber(), c.getChannel(), c.getContactName(),
                c.getContactEmail(), c.getContactPhone(), c.getSubject(), c.getDescription(), c.getRelatedTicket(),
                c.isRepeated(), c.getReceivedAt(), c.getRepeatReview(), investigation,
                c.getActions().stream().map(a -> new ComplaintView.Action(a.getAction(), a.getOwner(), a.getDueDate(),
                        a.isDone(), a.getRecordedAt(), a.getRecordedBy())).toList(),
                c.getReplyText(), c.getRepliedAt(), c.getCustomerAnswer(), c.getManagementDecision(), c.getClosedAt(),
                c.getProcessInstanceId(), openTasks(number), sla(number), events(number));
    }

    private List<ComplaintView.OpenTask> openTasks(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ComplaintService.PROCESS_KEY).orderByTaskCreateTime().asc().list().stream()
                .map(this::openTask).toList();
    }

    private ComplaintView.OpenTask openTask(Task task) {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        return new ComplaintView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private List<ComplaintView.SlaClock> sla(String number) {
        return clocks.of(number, actors.now()).stream().map(clock -> new ComplaintView.SlaClock(clock.clock().name(),
                clock.dueAt(), clock.state().name(), clock.remainingWorkingMinutes())).toList();
    }

    private List<ComplaintView.Event> events(String number) {
        return timeline.of(number).stream()
                .map(e -> new ComplaintView.Event(e.getOccurredAt(), e.getEvent(), e.getActor(), e.getDetail()))
                .toList();
    }
}

package com.maintflow.sla;

import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.StaffNotifier;
import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_WarnSupervisor}: escalation level 1, the warning share of the resolution time is used up. The notice
 * goes to whoever works on the implementation: its assignee, else its candidate groups. Its timer already waits for
 * a working minute of the clock's calendar, so this never mails at night on a 5x8 contract. As
 * {@code Task_WarnResponse} it warns of the response clock instead, to the review's assignee or candidate groups.
 */
@Component
class WarnSupervisorDelegate implements JavaDelegate {

    /** Level 1 of the response clock, on the review; every other use of this delegate is the resolution clock. */
    static final String WARN_RESPONSE = "Task_WarnResponse";
    /** Level 1 of the plan clock, on the plan being written. */
    static final String WARN_PLAN = "Task_WarnPlan";
    private static final Logger log = LoggerFactory.getLogger(WarnSupervisorDelegate.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SlaReports.CONTRACT_ZONE);

    private final Timeline timeline;
    private final ImplementationTasks implementation;
    private final TaskService tasks;
    private final StaffNotifier staff;

    WarnSupervisorDelegate(Timeline timeline, ImplementationTasks implementation, TaskService tasks,
                           StaffNotifier staff) {
        this.timeline = timeline;
        this.implementation = implementation;
        this.tasks = tasks;
        this.staff = staff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        if (WARN_RESPONSE.equals(execution.getCurrentActivityId())) {
            // The same notice for the response clock: whoever has (or may take) the review is warned.
            timeline.append(ticket, "SLA_WARNING", Actors.SYSTEM,
                    "响应时限即将到期，已通知评审人 / Response deadline approaching, the reviewers were warned");
            tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(SlaTaskListener.REVIEW).active().list().stream().findFirst()
                    .ifPresent(task -> warn(ticket, NotificationTemplate.SLA_RESPONSE_WARNING, task));
            log.warn("SLA warning for {}: response deadline approaching", ticket);
            return;
        }
        if (WARN_PLAN.equals(execution.getCurrentActivityId())) {
            timeline.append(ticket, "SLA_WARNING", Actors.SYSTEM,
                    "方案时限即将到期，已通知方案编制人 / Plan deadline approaching, the plan writers were warned");
            implementation.open(execution.getProcessInstanceId(), SlaTaskListener.PREPARE_PLAN)
                    .ifPresent(task -> warn(ticket, NotificationTemplate.SLA_PLAN_WARNING, task));
            log.warn("SLA warning for {}: plan deadline approaching", ticket);
            return;
        }
        timeline.append(ticket, "SLA_WARNING", Actors.SYSTEM,
                "解决时限即将到期，已通知处理人 / Resolution deadline approaching, the people working on it were warned");
        implementation.openIn(execution.getProcessInstanceId())
                .ifPresent(task -> warn(ticket, NotificationTemplate.SLA_WARNING, task));
        log.warn("SLA warning for {}: resolution deadline approaching", ticket);
    }

    private void warn(String ticket, NotificationTemplate template, Task task) {
        var details = Map.of("taskName", task.getName(),
                "dueAt", task.getDueDate() == null ? "-" : LOCAL.format(task.getDueDate().toInstant()));
        if (task.getAssignee() != null) {
            staff.notifyUser(ticket, template, task.getAssignee(), details);
            return;
        }
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> staff.notifyGroup(ticket, template, link.getGroupId(), details));
    }
}

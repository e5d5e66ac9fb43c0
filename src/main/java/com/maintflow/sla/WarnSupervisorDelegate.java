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
 * Escalation level 1 ({@code Task_Warn} of sla-escalation.bpmn): the warning share of the clock's time is used up.
 * It is noted on the timeline and the notice goes to whoever works on the late step ({@link LateTasks}): its
 * assignee, else its candidate groups. Its timer already waits for a working minute of the clock's calendar, so this
 * never mails at night on a 5x8 contract.
 */
@Component
class WarnSupervisorDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(WarnSupervisorDelegate.class);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SlaReports.CONTRACT_ZONE);

    private final Timeline timeline;
    private final LateTasks lateTasks;
    private final TaskService tasks;
    private final StaffNotifier staff;

    WarnSupervisorDelegate(Timeline timeline, LateTasks lateTasks, TaskService tasks, StaffNotifier staff) {
        this.timeline = timeline;
        this.lateTasks = lateTasks;
        this.tasks = tasks;
        this.staff = staff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        ClockKind clock = ClockKind.valueOf((String) execution.getVariable(SlaEscalations.CLOCK));
        timeline.append(ticket, "SLA_WARNING", Actors.SYSTEM, note(clock));
        lateTasks.of(ticket, clock).forEach(task -> warn(ticket, mail(clock), task));
        log.warn("SLA warning for {}: {} deadline approaching", ticket, clock);
    }

    /** Each clock's warning has its own subject: a response warning must not read "resolution". */
    static NotificationTemplate mail(ClockKind clock) {
        return switch (clock) {
            case RESPONSE -> NotificationTemplate.SLA_RESPONSE_WARNING;
            case PLAN -> NotificationTemplate.SLA_PLAN_WARNING;
            case RESOLUTION -> NotificationTemplate.SLA_WARNING;
            case INSPECTION -> NotificationTemplate.SLA_INSPECTION_WARNING;
            case COMPLAINT_REPLY -> NotificationTemplate.SLA_COMPLAINT_WARNING;
            case ONSITE -> NotificationTemplate.SLA_ONSITE_WARNING;
            case RESTORE -> NotificationTemplate.SLA_RESTORE_WARNING;
        };
    }

    private static String note(ClockKind clock) {
        return switch (clock) {
            case RESPONSE -> "响应时限即将到期，已通知评审人 / Response deadline approaching, the reviewers were warned";
            case PLAN -> "方案时限即将到期，已通知方案编制人 / Plan deadline approaching, the plan writers were warned";
            case RESOLUTION -> "解决时限即将到期，已通知处理人 / Resolution deadline approaching, the people working "
                    + "on it were warned";
            case INSPECTION -> "巡检期限即将到期，已通知巡检工程师 / Inspection due soon, the engineers were warned";
            case COMPLAINT_REPLY -> "投诉答复时限即将到期，已通知处理人 / Complaint reply due soon, the people handling "
                    + "it were warned";
            case ONSITE -> "应急到场时限即将到期，已通知派工与到场人员 / Emergency on-site deadline approaching, dispatch "
                    + "and the engineer were warned";
            case RESTORE -> "应急恢复时限即将到期，已通知恢复人员 / Emergency restore deadline approaching, the "
                    + "engineer restoring service was warned";
        };
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

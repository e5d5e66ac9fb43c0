package com.maintflow.sla;

import static com.maintflow.system.Variables.requiredText;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The escalation tasks of sla-escalation.bpmn (supervisors at the deadline, management at the management share).
 * Created: the task says which clock, level and late step it is about and is due at the clock's deadline.
 * Completed: the action taken goes on the timeline, and a user named in {@code reassignTo} gets the late task.
 */
@Component
class HandleEscalationListener implements TaskListener {

    private final Timeline timeline;
    private final Actors actors;
    private final IdentityService identityService;
    private final LateTasks lateTasks;
    private final EscalationSummary summary;
    private final SlaClocks clocks;

    HandleEscalationListener(Timeline timeline, Actors actors, IdentityService identityService, LateTasks lateTasks,
                             EscalationSummary summary, SlaClocks clocks) {
        this.timeline = timeline;
        this.actors = actors;
        this.identityService = identityService;
        this.lateTasks = lateTasks;
        this.summary = summary;
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateTask task) {
        ClockKind clock = ClockKind.valueOf((String) task.getVariable(SlaEscalations.CLOCK));
        String ticket = task.getExecution().getProcessBusinessKey();
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            summary.describe(task, clock, actors.now());
            clocks.runningDeadline(ticket, clock).ifPresent(due -> task.setDueDate(Date.from(due)));
            return;
        }
        String note = requiredText(task, "escalationNote");
        timeline.append(ticket, "SLA_ESCALATION_HANDLED", actors.of(task), "处理升级 / Escalation handled: " + note);
        task.getExecution().removeVariable("escalationNote");
        String reassignTo = text(task, "reassignTo");
        if (reassignTo != null && !reassignTo.isBlank()) {
            reassign(task, ticket, clock, reassignTo.strip());
        }
        task.getExecution().removeVariable("reassignTo");
    }

    /** Hands the late step of the escalated clock (review, plan or implementation) to {@code userId}. */
    private void reassign(DelegateTask task, String ticket, ClockKind clock, String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new IllegalArgumentException("改派对象不存在 / No user '" + userId + "' to reassign to");
        }
        var taskService = task.getProcessEngineServices().getTaskService();
        lateTasks.of(ticket, clock).forEach(late -> taskService.setAssignee(late.getId(), userId));
        timeline.append(ticket, "SLA_REASSIGNED", actors.of(task), "升级改派 / Reassigned after escalation to " + userId);
    }
}

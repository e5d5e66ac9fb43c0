package com.maintflow.sla;

import static com.maintflow.system.Variables.requiredText;
import static com.maintflow.system.Variables.text;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An escalation task completed: the supervisor's (or management's) action goes on the timeline, and when
 * they named someone in {@code reassignTo} the late task is handed to that user.
 */
@Component
class HandleEscalationListener implements TaskListener {

    private final Timeline timeline;
    private final Actors actors;
    private final IdentityService identityService;

    HandleEscalationListener(Timeline timeline, Actors actors, IdentityService identityService) {
        this.timeline = timeline;
        this.actors = actors;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = requiredText(task, "escalationNote");
        timeline.append(task.getExecution().getProcessBusinessKey(), "SLA_ESCALATION_HANDLED", actors.of(task),
                "处理升级 / Escalation handled: " + note);
        task.getExecution().removeVariable("escalationNote");
        String reassignTo = text(task, "reassignTo");
        if (reassignTo != null && !reassignTo.isBlank()) {
            reassign(task, reassignTo.strip());
        }
        task.getExecution().removeVariable("reassignTo");
    }

    /** Hands the late task of the escalated clock (review, plan or implementation) to {@code userId}. */
    private void reassign(DelegateTask task, String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new IllegalArgumentException("改派对象不存在 / No user '" + userId + "' to reassign to");
        }
        String lateTask = EscalatedStep.concerning(task.getTaskDefinitionKey()).orElseThrow().lateTask;
        var taskService = task.getProcessEngineServices().getTaskService();
        taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(lateTask)
                .list().forEach(late -> taskService.setAssignee(late.getId(), userId));
        timeline.append(task.getExecution().getProcessBusinessKey(), "SLA_REASSIGNED", actors.of(task),
                "升级改派 / Reassigned after escalation to " + userId);
    }
}

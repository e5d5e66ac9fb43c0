package com.maintflow.sla;

import static com.maintflow.system.Variables.requiredText;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_HandleEscalation} completed: the supervisor's action goes on the timeline, not into the process. */
@Component
class HandleEscalationListener implements TaskListener {

    private final Timeline timeline;
    private final Actors actors;

    HandleEscalationListener(Timeline timeline, Actors actors) {
        this.timeline = timeline;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = requiredText(task, "escalationNote");
        timeline.append(task.getExecution().getProcessBusinessKey(), "SLA_ESCALATION_HANDLED", actors.of(task),
                "处理升级 / Escalation handled: " + note);
        task.getExecution().removeVariable("escalationNote");
    }
}

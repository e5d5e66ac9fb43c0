package com.maintflow.training;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateMaterials}: a supervisor records what they did about the late materials. */
@Component
class EscalateMaterialsListener implements TaskListener {

    private final Timeline timeline;
    private final Actors actors;

    EscalateMaterialsListener(Timeline timeline, Actors actors) {
        this.timeline = timeline;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        timeline.append(task.getExecution().getProcessBusinessKey(), "MATERIALS_ESCALATED", actors.of(task),
                "培训资料逾期，主管处理 / Late materials escalated: " + TaskFields.required(task, "escalationNote"));
    }
}

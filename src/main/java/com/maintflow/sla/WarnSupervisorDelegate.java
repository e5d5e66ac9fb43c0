package com.maintflow.sla;

import com.maintflow.system.Actors;
import com.maintflow.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@code Task_WarnSupervisor}: escalation level 1, three quarters of the resolution time are used up. */
@Component
class WarnSupervisorDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(WarnSupervisorDelegate.class);

    private final Timeline timeline;

    WarnSupervisorDelegate(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = execution.getProcessBusinessKey();
        timeline.append(ticket, "SLA_WARNING", Actors.SYSTEM,
                "解决时限已用 75%，已通知主管 / 75 % of the resolution time used, supervisors warned");
        log.warn("SLA warning for {}: 75 % of the resolution time used", ticket);
    }
}

package com.maintflow.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * What an escalation task is about, shown at the top of {@code handle-escalation.form} as {@code {{escalationSummary}}}:
 * which clock, which level, its deadline in Beijing time, and the late step. Built only from system values (clock,
 * time, the BPMN element's name), never from customer text, so it needs no escaping.
 */
@Component
class EscalationSummary {

    static final String VARIABLE = "escalationSummary";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SlaReports.CONTRACT_ZONE);

    private final SlaClocks clocks;
    private final EscalationSettings settings;

    EscalationSummary(SlaClocks clocks, EscalationSettings settings) {
        this.clocks = clocks;
        this.settings = settings;
    }

    /** Sets the summary on a level-2 or level-3 escalation task of {@code step}'s clock. */
    void describe(DelegateTask task, EscalatedStep step, Instant now) {
        String ticket = task.getExecution().getProcessBusinessKey();
        boolean management = step.managementTask.equals(task.getTaskDefinitionKey());
        String deadline = clocks.of(ticket, now).stream().filter(c -> c.clock() == step.clock).findFirst()
                .map(c -> LOCAL.format(c.dueAt())).orElse("—");
        String lateStep = Optional.ofNullable(task.getExecution().getBpmnModelInstance()
                        .<FlowElement>getModelElementById(step.lateTask)).map(FlowElement::getName).orElse(step.lateTask);
        String level = management
                ? "已超出 " + overrunPercent() + "%，请管理层介入 / overrun by " + overrunPercent()
                        + " %: management is called in"
                : "已过，请主管处理 / has passed: supervisors act";
        task.setVariableLocal(VARIABLE, "**" + step.clock.deadlineLabel() + " " + level + "**\n\n"
                + "期限 / Deadline: " + deadline + "（北京时间 / Beijing time）· 超时步骤 / Late step: " + lateStep);
    }

    private String overrunPercent() {
        return settings.managementShare().subtract(BigDecimal.ONE).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}

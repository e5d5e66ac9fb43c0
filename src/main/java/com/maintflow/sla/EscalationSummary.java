package com.maintflow.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
    private final LateTasks lateTasks;

    EscalationSummary(SlaClocks clocks, EscalationSettings settings, LateTasks lateTasks) {
        this.clocks = clocks;
        this.settings = settings;
        this.lateTasks = lateTasks;
    }

    /** Sets the summary on a level-2 or level-3 escalation task of {@code clock} (task property escalationLevel). */
    void describe(DelegateTask task, ClockKind clock, Instant now) {
        String ticket = task.getExecution().getProcessBusinessKey();
        boolean management = SlaStep.property(task.getBpmnModelElementInstance(), "escalationLevel")
                .filter("MANAGEMENT"::equals).isPresent();
        String deadline = clocks.of(ticket, now).stream().filter(c -> c.clock() == clock).findFirst()
                .map(c -> LOCAL.format(c.dueAt())).orElse("—");
        String lateSteps = lateTasks.of(ticket, clock).stream().map(lateTasks::stepName).distinct()
                .collect(Collectors.joining("、"));
        String level = management
                ? "已超出 " + overrunPercent() + "%，请管理层介入 / overrun by " + overrunPercent()
                        + " %: management is called in"
                : "已过，请主管处理 / has passed: supervisors act";
        task.setVariableLocal(VARIABLE, "**" + clock.deadlineLabel() + " " + level + "**\n\n"
                + "期限 / Deadline: " + deadline + "（北京时间 / Beijing time）· 超时步骤 / Late step: "
                + (lateSteps.isEmpty() ? "—" : lateSteps));
    }

    private String overrunPercent() {
        return settings.managementShare().subtract(BigDecimal.ONE).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}

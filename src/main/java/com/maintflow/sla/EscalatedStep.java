package com.maintflow.sla;

import com.maintflow.notify.NotificationTemplate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the escalation of each clock acts on, in one table: the step that runs late (whose open task is warned,
 * raised and reassigned), the level-1 service task that warns, the level-2 and level-3 user tasks, the boundary
 * timers on the late step (BoundaryEvent_&lt;Prefix&gt;Warning / …Breached / …Management) and the warning mail.
 * The escalation classes look their clock up here instead of each branching per clock.
 */
enum EscalatedStep {

    RESPONSE(ClockKind.RESPONSE, "Task_ReviewRequest", "Response", "Task_WarnResponse",
            "Task_HandleResponseEscalation", "Task_ManagementResponseEscalation",
            NotificationTemplate.SLA_RESPONSE_WARNING,
            "响应时限即将到期，已通知评审人 / Response deadline approaching, the reviewers were warned"),
    PLAN(ClockKind.PLAN, "Task_PrepareMaintenancePlan", "Plan", "Task_WarnPlan",
            "Task_HandlePlanEscalation", "Task_ManagementPlanEscalation",
            NotificationTemplate.SLA_PLAN_WARNING,
            "方案时限即将到期，已通知方案编制人 / Plan deadline approaching, the plan writers were warned"),
    RESOLUTION(ClockKind.RESOLUTION, "Task_ImplementMaintenance", "Resolution", "Task_WarnSupervisor",
            "Task_HandleEscalation", "Task_ManagementEscalation",
            NotificationTemplate.SLA_WARNING,
            "解决时限即将到期，已通知处理人 / Resolution deadline approaching, the people working on it were warned");

    final ClockKind clock;
    final String lateTask;
    private final String timerPrefix;
    final String warningTask;
    final String handleTask;
    final String managementTask;
    final NotificationTemplate warningMail;
    final String warningNote;

    EscalatedStep(ClockKind clock, String lateTask, String timerPrefix, String warningTask, String handleTask,
                  String managementTask, NotificationTemplate warningMail, String warningNote) {
        this.clock = clock;
        this.lateTask = lateTask;
        this.timerPrefix = timerPrefix;
        this.warningTask = warningTask;
        this.handleTask = handleTask;
        this.managementTask = managementTask;
        this.warningMail = warningMail;
        this.warningNote = warningNote;
    }

    String warningTimer() {
        return "BoundaryEvent_" + timerPrefix + "Warning";
    }

    String breachedTimer() {
        return "BoundaryEvent_" + timerPrefix + "Breached";
    }

    String managementTimer() {
        return "BoundaryEvent_" + timerPrefix + "Management";
    }

    /** The clock whose level-1 warning {@code activityId} is. */
    static EscalatedStep warnedBy(String activityId) {
        return Arrays.stream(values()).filter(step -> step.warningTask.equals(activityId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(activityId + " is no SLA warning step"));
    }

    /** The clock a user task belongs to: its late step or one of its escalation tasks. */
    static Optional<EscalatedStep> concerning(String taskKey) {
        return Arrays.stream(values()).filter(step -> step.lateTask.equals(taskKey) || step.handleTask.equals(taskKey)
                || step.managementTask.equals(taskKey)).findFirst();
    }

    /** The clock whose level-2 (supervisors') escalation task {@code taskKey} is. */
    static Optional<EscalatedStep> handledBy(String taskKey) {
        return Arrays.stream(values()).filter(step -> step.handleTask.equals(taskKey)).findFirst();
    }

    static EscalatedStep of(ClockKind clock) {
        return Arrays.stream(values()).filter(step -> step.clock == clock).findFirst().orElseThrow();
    }
}

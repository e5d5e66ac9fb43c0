package com.maintflow.identity;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One shared Tasklist filter as MaintFlow ships it: its name (the key an admin's edits are kept under), what it
 * selects, and the groups that may read it.
 */
record TasklistFilter(String name, String description, int priority, UnaryOperator<TaskQuery> criteria,
                      List<StaffGroup> readers) {

    /** The ticket's variables every filter shows in the task list, labelled Chinese first. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", "ticket", "label", "工单 / Ticket"),
            Map.of("name", "customerName", "label", "客户 / Customer"),
            Map.of("name", "severity", "label", "严重程度 / Severity"),
            Map.of("name", "title", "label", "标题 / Title"));

    static final List<StaffGroup> ALL_STAFF = List.of(StaffGroup.values());

    static final List<TasklistFilter> SHIPPED = List.of(
            new TasklistFilter("我的任务 / My tasks", "已认领给我的任务 / Tasks assigned to me", -20,
                    q -> q.taskAssigneeExpression("${currentUser()}"), ALL_STAFF),
            new TasklistFilter("我组待办 / My groups' tasks",
                    "我所在组尚未认领的任务 / Unclaimed tasks of my groups", -15,
                    q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), ALL_STAFF),
            // Tasks offered to named users (a training's sign-in sheets go to its instructors, not to a group).
            new TasklistFilter("指派给我的候选任务 / Offered to me by name",
                    "以我个人为候选人、尚未认领的任务 / Unclaimed tasks naming me as a candidate", -12,
                    q -> q.taskCandidateUserExpression("${currentUser()}").withoutCandidateGroups().taskUnassigned(),
                    ALL_STAFF),
            // Due soon stops where overdue starts, so a task is in one of the two, never both.
            new TasklistFilter("即将超时 / Due soon", "4 小时内到期 / Due within 4 hours", -10,
                    q -> q.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(4).toDate()}"),
                    ALL_STAFF),
            new TasklistFilter("已超时 / Overdue", "已过到期时间 / Past their due date", -5,
                    q -> q.dueBeforeExpression("${now()}"), ALL_STAFF),
            new TasklistFilter("全部 / All open", "所有未完成任务 / Every open task", 0,
                    q -> q, List.of(StaffGroup.SUPERVISORS, StaffGroup.MANAGEMENT)));

    /** The filter of releases before #6; its tasks are now split between "My tasks" and "My groups' tasks". */
    static final String RETIRED = "我的待办 / My open tasks";
}

package com.maintflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows no task without a filter. This creates one shared filter, "我的待办 / My open tasks",
 * once: its empty query lists every task the user is authorized for, i.e. their groups' and their own.
 * An existing filter of that name is left as an admin edited it.
 */
@Component
class TasklistFilterSetup {

    static final String FILTER_NAME = "我的待办 / My open tasks";

    private final FilterService filterService;
    private final TaskService taskService;
    private final StaffAuthorizations grants;

    TasklistFilterSetup(FilterService filterService, TaskService taskService, StaffAuthorizations grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void createSharedFilter() {
        var filter = filterService.createFilterQuery().filterName(FILTER_NAME).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(FILTER_NAME);
            filter.setOwner(null);
            filter.setQuery(taskService.createTaskQuery().orderByDueDate().asc().orderByTaskPriority().desc());
            filter.setProperties(Map.of(
                    "description", "本人及所在组可处理的任务 / Tasks you or your groups can work on",
                    "priority", -10,
                    "refresh", true));
            filterService.saveFilter(filter);
        }
        for (StaffGroup group : StaffGroup.values()) {
            grants.grant(group.id(), FILTER, filter.getId(), READ);
        }
    }
}

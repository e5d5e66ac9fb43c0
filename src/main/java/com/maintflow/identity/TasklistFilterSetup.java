package com.maintflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows no task without a filter: this creates MaintFlow's shared filters ({@link TasklistFilter#SHIPPED})
 * at start-up, each only when no filter of its name exists, so a filter an admin edited is kept as edited, and lets
 * the filter's groups read it.
 */
@Component
class TasklistFilterSetup {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilterSetup.class);

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
    void createSharedFilters() {
        deleteRetiredFilter();
        for (TasklistFilter shipped : TasklistFilter.SHIPPED) {
            Filter filter = existing(shipped.name());
            if (filter == null) {
                filter = create(shipped);
            }
            for (StaffGroup reader : shipped.readers()) {
                grants.grant(reader.id(), FILTER, filter.getId(), READ);
            }
        }
        log.info("Tasklist filters in place: {}", TasklistFilter.SHIPPED.stream().map(TasklistFilter::name).toList());
    }

    private Filter create(TasklistFilter shipped) {
        Filter filter = filterService.newTaskFilter(shipped.name());
        filter.setOwner(null); // shared: visible to whoever holds READ on it
        filter.setQuery(shipped.criteria().apply(taskService.createTaskQuery())
                .orderByDueDate().asc().orderByTaskPriority().desc());
        filter.setProperties(Map.of(
                "description", shipped.description(),
                "priority", shipped.priority(),
                "refresh", true,
                "variables", TasklistFilter.SHOWN_VARIABLES));
        return filterService.saveFilter(filter);
    }

    /** Deleting the filter also deletes its authorizations (Camunda's DeleteFilterCmd). */
    private void deleteRetiredFilter() {
        filterService.createFilterQuery().filterName(TasklistFilter.RETIRED).list()
                .forEach(retired -> filterService.deleteFilter(retired.getId()));
    }

    private Filter existing(String name) {
        return filterService.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    }
}

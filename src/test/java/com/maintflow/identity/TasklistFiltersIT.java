package com.maintflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared Tasklist filters: created once however often the application starts, readable by the right groups,
 * and listing for each user only what their groups may work on.
 */
@MaintFlowIntegrationTest
class TasklistFiltersIT {

    private static final String MY_GROUPS = "我组待办 / My groups' tasks";
    private static final String ALL_OPEN = "全部 / All open";

    @LocalServerPort
    int port;

    @Autowired TasklistFilterSetup setup;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void setupTwiceKeepsOneFilterPerName() {
        // given: the application already ran the setup at start-up; an admin edits a filter
        Filter edited = filterNamed(ALL_OPEN);
        edited.setProperties(new HashMap<>(edited.getProperties()));
        edited.getProperties().put("color", "#c00");
        filterService.saveFilter(edited);

        // when
        setup.createSharedFilters();
        setup.createSharedFilters();

        // then
        for (TasklistFilter shipped : TasklistFilter.SHIPPED) {
            assertThat(filterService.createFilterQuery().filterName(shipped.name()).count()).as(shipped.name())
                    .isEqualTo(1);
        }
        assertThat(filterService.createFilterQuery().filterName(TasklistFilter.RETIRED).count()).isZero();
        assertThat(filterNamed(ALL_OPEN).getProperties()).containsEntry("color", "#c00");
    }

    @Test
    void everyFilterShowsTicketVariablesSortedByDueDate() {
        for (TasklistFilter shipped : TasklistFilter.SHIPPED) {
            Filter filter = filterNamed(shipped.name());

            assertThat(filter.getProperties().get("variables")).as(shipped.name())
                    .isEqualTo(TasklistFilter.SHOWN_VARIABLES);
            assertThat(filter.getOwner()).isNull();
        }
    }

    @Test
    void filtersAreReadableByTheirGroupsOnly() {
        for (TasklistFilter shipped : TasklistFilter.SHIPPED) {
            String filterId = filterNamed(shipped.name()).getId();
            for (StaffGroup group : StaffGroup.values()) {
                boolean readable = authorizationService.isUserAuthorized("nobody", List.of(group.id()), READ, FILTER,
                        filterId);
                assertThat(readable).as("%s reads %s", group.id(), shipped.name())
                        .isEqualTo(shipped.readers().contains(group));
            }
        }
    }

    @Test
    void myGroupsTasksListsNewReviewForCustomerServiceOnly() {
        // given
        String ticket = new RequestJourney(new MaintFlowApi(port)).submit(IntakeBody.valid());

        // when / then: customer service sees the unclaimed review in its group filter
        assertThat(ticketsIn(MY_GROUPS, "cs1", StaffGroup.CUSTOMER_SERVICE)).contains(ticket);

        // then: an engineer finds it in none of the filters
        TasklistFilter.SHIPPED.stream().filter(f -> f.readers().contains(StaffGroup.MAINTENANCE_ENGINEERS))
                .forEach(shipped -> {
            assertThat(ticketsIn(shipped.name(), "eng1", StaffGroup.MAINTENANCE_ENGINEERS)).as(shipped.name())
                    .doesNotContain(ticket);
        });
    }

    private List<String> ticketsIn(String filterName, String userId, StaffGroup group) {
        String filterId = filterNamed(filterName).getId();
        List<Task> tasks;
        identityService.setAuthentication(userId, List.of(group.id()));
        try {
            tasks = filterService.list(filterId);
        } finally {
            identityService.clearAuthentication();
        }
        return tasks.stream().map(this::businessKeyOf).toList();
    }

    private String businessKeyOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }

    private Filter filterNamed(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }
}

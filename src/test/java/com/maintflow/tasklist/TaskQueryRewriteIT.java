package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.intake.IntakeService;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query rewrite (TaskQuerySql) returns exactly what Camunda's own SQL returns, in the same order, for what
 * staff run: the candidate-group page and count, and every shipped Tasklist filter's list and count, as a
 * customer-service clerk, an engineer and a supervisor. On MySQL/MariaDB it must actually apply (so a Camunda upgrade
 * that changes the statement's shape fails here instead of silently bringing the slow SQL back); on H2 Camunda's SQL
 * runs untouched.
 */
@MaintFlowIntegrationTest
class TaskQueryRewriteIT {

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private TaskQueryRewritePlugin rewrite;

    @BeforeEach
    void someOpenWorkForSeveralGroups() {
        var requests = new RequestDriver(engine, intake);
        for (int i = 0; i < 3; i++) {
            requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
            String fixing = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
            requests.review(fixing, "IMMEDIATE", "DEFECT");
        }
    }

    @AfterEach
    void rewriteBackOn() {
        rewrite.setEnabled(true);
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void rewrittenTaskQueriesReturnCamundasRowsInCamundasOrder() {
        long rewrittenBefore = rewrite.rewritten();
        List<Object> checked = new ArrayList<>();
        for (var staff : List.of(new String[] {"cs1", "customer-service"},
                new String[] {"eng1", "maintenance-engineers"}, new String[] {"sup1", "supervisors"})) {
            engine.getIdentityService().setAuthentication(staff[0], List.of(staff[1]));
            checked.add(same(() -> ids(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(staff[1]))
                    .taskUnassigned().orderByDueDate().asc().orderByTaskPriority().desc().listPage(0, 50))));
            checked.add(same(() -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(staff[1]))
                    .taskUnassigned().count()));
            for (Filter filter : engine.getFilterService().createTaskFilterQuery().list()) {
                checked.add(same(() -> ids(engine.getFilterService().listPage(filter.getId(), 0, 50))));
                checked.add(same(() -> engine.getFilterService().count(filter.getId())));
            }
        }

        assertThat(checked).isNotEmpty();
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        if (database.equals("mysql") || database.equals("mariadb")) {
            assertThat(rewrite.rewritten() - rewrittenBefore).as("task queries rewritten on " + database)
                    .isGreaterThanOrEqualTo(checked.size());
        } else {
            assertThat(rewrite.rewritten()).as("no rewrite on " + database).isEqualTo(rewrittenBefore);
        }
    }

    /** Runs the query with Camunda's SQL and with the rewrite, and insists on the same answer. */
    private <T> T same(Supplier<T> query) {
        rewrite.setEnabled(false);
        T camunda = query.get();
        rewrite.setEnabled(true);
        T rewritten = query.get();
        if (camunda instanceof Page expected && rewritten instanceof Page actual) {
            // The same tasks, in the same order of the sort keys; tasks with equal keys may come in either order,
            // as they may from Camunda's own SQL from one plan to the next.
            assertThat(actual.ids()).containsExactlyInAnyOrderElementsOf(expected.ids());
            assertThat(actual.keys()).containsExactlyElementsOf(expected.keys());
        } else {
            assertThat(rewritten).isEqualTo(camunda);
        }
        return rewritten;
    }

    /** A page of tasks: their ids and, in list order, their sort keys (due date, priority). */
    private record Page(List<String> ids, List<String> keys) {
    }

    private static Page ids(List<? extends Task> tasks) {
        return new Page(tasks.stream().map(Task::getId).toList(),
                tasks.stream().map(task -> task.getDueDate() + "/" + task.getPriority()).toList());
    }
}

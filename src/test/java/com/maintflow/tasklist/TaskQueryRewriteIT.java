package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.CockpitSession;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The query rewrites (TaskQuerySql, HistoricProcessInstanceQuerySql) return exactly what Camunda's own SQL returns,
 * in the same order, for what staff run: the candidate-group page and count, every shipped Tasklist filter's list and
 * count (with tasks offered to a clerk by name, with and without a group beside), as a customer-service clerk, an
 * engineer and a supervisor, and Cockpit's history list and running-instance list of the request process and their
 * counts as a supervisor (the running list over HTTP, through Cockpit's own session factory). On MySQL/MariaDB it
 * must actually apply (so a Camunda upgrade that changes the statement's shape fails here instead of silently
 * bringing the slow SQL back); on H2 Camunda's SQL runs untouched.
 */
@MaintFlowIntegrationTest
class TaskQueryRewriteIT {

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private TaskQueryRewritePlugin rewrite;
    @Autowired private CockpitQueryRewrite cockpitRewrite;
    @LocalServerPort private int port;

    private final List<String> offeredByName = new ArrayList<>();

    @BeforeEach
    void someOpenWorkForSeveralGroups() {
        var requests = new RequestDriver(engine, intake);
        for (int i = 0; i < 3; i++) {
            requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
            String fixing = requests.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
            requests.review(fixing, "IMMEDIATE", "DEFECT");
        }
        // As a training's sign-in sheet: offered to cs1 by name; and one offered to cs1 and to a group, which the
        // filter 指派给我的候选任务 must leave out.
        offeredByName.add(offer("cs1", null));
        offeredByName.add(offer("cs1", "customer-service"));
    }

    @AfterEach
    void rewriteBackOn() {
        rewrite.setEnabled(true);
        engine.getIdentityService().clearAuthentication();
        offeredByName.forEach(id -> engine.getTaskService().deleteTask(id, true));
    }

    private String offer(String user, String group) {
        var taskService = engine.getTaskService();
        Task task = taskService.newTask();
        task.setName("签到 / Sign-in sheet (TaskQueryRewriteIT)");
        task.setDueDate(new java.util.Date());
        taskService.saveTask(task);
        taskService.addCandidateUser(task.getId(), user);
        if (group != null) {
            taskService.addCandidateGroup(task.getId(), group);
        }
        return task.getId();
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
        engine.getIdentityService().setAuthentication("cs1", List.of("customer-service"));
        Filter offered = engine.getFilterService().createTaskFilterQuery().filterName("指派给我的候选任务 / Offered to me by name")
                .singleResult();
        List<Task> offeredToCs1 = engine.getFilterService().list(offered.getId());
        assertThat(offeredToCs1).extracting(Task::getId).containsExactly(offeredByName.get(0));
        boolean mysql = mysql();
        if (mysql) {
            // Reading the user's own links is what keeps this filter from walking every open task.
            assertThat(rewrite.lastRewritten()).contains("RES.ID_ IN (SELECT I.TASK_ID_ FROM ACT_RU_IDENTITYLINK I")
                    .doesNotContain("distinct");
        }
        engine.getIdentityService().setAuthentication("sup1", List.of("supervisors"));
        checked.add(same(() -> instances(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("MaintenanceRequestProcess").orderByProcessInstanceStartTime().desc()
                .listPage(0, 50))));
        if (mysql) {
            engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(
                    "MaintenanceRequestProcess").orderByProcessInstanceStartTime().desc().listPage(0, 50);
            // Without DISTINCT MariaDB walks the start-time index and stops after the page.
            assertThat(rewrite.lastRewritten()).startsWith("select RES.* from ( SELECT SELF.*")
                    .contains("A.RESOURCE_ID_ = SELF.PROC_DEF_KEY_");
        }
        checked.add(same(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("MaintenanceRequestProcess").count()));

        assertThat(checked).isNotEmpty();
        if (mysql) {
            assertThat(rewrite.rewritten() - rewrittenBefore).as("task queries rewritten on MySQL/MariaDB")
                    .isGreaterThanOrEqualTo(checked.size());
        } else {
            assertThat(rewrite.rewritten()).as("no rewrite on H2").isEqualTo(rewrittenBefore);
        }
    }

    @Test
    void cockpitsRunningInstanceListIsRewrittenWithCamundasRowsInCamundasOrder() throws Exception {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("MaintenanceRequestProcess").latestVersion().singleResult().getId();
        String byDefinition = "{\"processDefinitionId\":\"" + definition + "\",\"sortBy\":\"startTime\","
                + "\"sortOrder\":\"desc\"}";
        // Cockpit's runtime delegate is one static for the JVM. The suite runs several application contexts, and
        // each installs its own delegate (with its own interceptor) when it is ready; this context's must be the one.
        cockpitRewrite.replaceCockpitDelegate();
        var cockpit = new CockpitSession(port, "sup1", "demo").login();
        String plugin = "/camunda/api/cockpit/plugin/base/default/process-instance";
        long rewrittenBefore = rewrite.rewritten();

        Page page = same(() -> cockpitInstances(cockpit, cockpit.post(plugin + "?firstResult=0&maxResults=50",
                byDefinition)));
        String pageSql = rewrite.lastRewritten();
        long count = same(() -> cockpitJson(cockpit, cockpit.post(plugin + "/count", byDefinition)).path("count")
                .asLong());

        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition).count();
        assertThat(page.ids()).hasSize((int) Math.min(50, running)).isNotEmpty();
        assertThat(count).isEqualTo(running);
        if (mysql()) {
            assertThat(rewrite.rewritten() - rewrittenBefore).as("Cockpit's queries rewritten").isEqualTo(2);
            // Reading the history rows first, in start-time order, is what lets MariaDB stop after the page.
            assertThat(pageSql)
                    .contains("from ACT_HI_PROCINST HISTORY IGNORE INDEX (ACT_IDX_HI_PRO_INST_END) STRAIGHT_JOIN")
                    .contains("HISTORY.END_TIME_ IS NULL").contains("A.RESOURCE_ID_ = P.KEY_");
        } else {
            assertThat(rewrite.rewritten()).as("no rewrite on H2").isEqualTo(rewrittenBefore);
        }
    }

    private boolean mysql() {
        String database = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
        return database.equals("mysql") || database.equals("mariadb");
    }

    private static JsonNode cockpitJson(CockpitSession cockpit, HttpRequest request) {
        try {
            HttpResponse<String> response = cockpit.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Page cockpitInstances(CockpitSession cockpit, HttpRequest request) {
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode instance : cockpitJson(cockpit, request)) {
            ids.add(instance.path("id").asText());
            keys.add(instance.path("startTime").asText());
        }
        return new Page(ids, keys);
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

    /** A page of tasks or instances: their ids and, in list order, their sort keys. */
    private record Page(List<String> ids, List<String> keys) {
    }

    private static Page instances(List<HistoricProcessInstance> instances) {
        return new Page(instances.stream().map(HistoricProcessInstance::getId).toList(),
                instances.stream().map(instance -> String.valueOf(instance.getStartTime())).toList());
    }

    private static Page ids(List<? extends Task> tasks) {
        return new Page(tasks.stream().map(Task::getId).toList(),
                tasks.stream().map(task -> task.getDueDate() + "/" + task.getPriority()).toList());
    }
}

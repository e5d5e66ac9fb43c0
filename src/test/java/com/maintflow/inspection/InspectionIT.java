package com.maintflow.inspection;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpResult;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Periodic inspection through the running application (H2, and MariaDB under -Pmysql), with the job executor on: a
 * contract saved with a cycle gets this period's inspection within a minute, an engineer submits the checklist in
 * Tasklist's way (engine REST), the finding becomes a request leading back to the inspection, the report goes out
 * and the inspection is sealed in the archive; one inspection per period even when two start it at once.
 */
@MaintFlowIntegrationTest
class InspectionIT {

    private static final Duration WITHIN_A_MINUTE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired Inspections inspections;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    MaintFlowApi api;
    String period;

    @BeforeEach
    void setUp() {
        api = new MaintFlowApi(port);
        period = LocalDate.now(InspectionPeriod.ZONE).toString().substring(0, 7);
    }

    @Test
    void contractSavedWithACycleIsInspectedReportedAndSealed() {
        // given: a customer with two contacts
        String code = InspectionFixtures.unique("C-INIT");
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("code", code);
        customer.put("name", "巡检客户 / Inspected customer");
        customer.put("contacts", List.of(
                Map.of("name", "运维 / Operations", "email", "ops-" + code.toLowerCase() + "@inspected.example"),
                Map.of("name", "信息主管 / CIO", "email", "cio-" + code.toLowerCase() + "@inspected.example")));
        assertThat(api.as(Staff.CS1).postJson("/api/customers", customer).status()).isEqualTo(201);

        // when: customer service signs a contract with monthly inspections
        String number = InspectionFixtures.unique("CT-INIT");
        var signed = api.as(Staff.CS1).postJson("/api/customers/" + code + "/contracts", contract(number, "P1M"));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);

        // then: within a minute this month's inspection is open, and the engineers see its task
        String key = "IN-" + number + "-" + period;
        await().atMost(WITHIN_A_MINUTE).until(() -> inspectionsOf(number).size() == 1);
        JsonNode listed = inspectionsOf(number).get(0);
        assertThat(listed.path("key").asText()).isEqualTo(key);
        assertThat(listed.path("status").asText()).isEqualTo("OPEN");
        JsonNode task = await().atMost(WITHIN_A_MINUTE).until(() -> performTask(key), Optional::isPresent).get();

        // when: the engineer submits the checklist with one finding to act on
        Map<String, Object> form = new LinkedHashMap<>();
        for (String item : List.of("hardware", "configuration", "network", "dataSafety", "performance")) {
            form.put(item, typed("OK", "String"));
        }
        form.put("performance", typed("ISSUE", "String"));
        form.put("performanceNote", typed("报表查询 8 秒 / Report query takes 8 s", "String"));
        form.put("finding1", typed("慢查询需优化 / Slow query to tune", "String"));
        form.put("finding1Request", typed(true, "Boolean"));
        var submitted = api.as(Staff.ENG1).postJson("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
                Map.of("variables", form));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(204);

        // then: the finding is a maintenance request by channel INSPECTION that leads back to the inspection
        JsonNode inspection = api.as(Staff.ENG1).get("/api/inspections/" + key).json();
        assertThat(inspection.path("ticketsRaised")).hasSize(1);
        String ticket = inspection.path("ticketsRaised").get(0).asText();
        JsonNode request = api.as(Staff.CS1).get("/api/requests/" + ticket).json();
        assertThat(request.path("origin").asText()).isEqualTo(key);
        assertThat(request.path("channel").asText()).isEqualTo("INSPECTION");
        assertThat(inspection.path("checklist").get(4).path("note").asText())
                .isEqualTo("报表查询 8 秒 / Report query takes 8 s");

        // and: the report is queued for both contacts, and the archive job seals the inspection
        assertThat(jdbc.queryForObject("select count(*) from mf_notification where ticket = ? and template = ?",
                Long.class, key, "INSPECTION_REPORT")).isEqualTo(2);
        await().atMost(WITHIN_A_MINUTE).until(() -> api.as(Staff.DOC1).get("/api/archive/" + key).status() == 200);
        JsonNode sealed = api.as(Staff.DOC1).get("/api/archive/" + key).json();
        assertThat(sealed.path("content").path("inspection").path("ticketsRaised").get(0).asText()).isEqualTo(ticket);
        assertThat(api.as(Staff.DOC1).get("/api/archive/" + key + "/verify").json().path("valid").asBoolean())
                .isTrue();
        assertThat(api.as(Staff.ENG1).get("/api/inspections/" + key).json().path("status").asText())
                .isEqualTo("ARCHIVED");
    }

    @Test
    void aPeriodGetsOneInspectionWhenTwoNodesStartItAtOnce() throws Exception {
        // given: a contract with a cycle, whose schedule's own start races the two callers below
        String code = InspectionFixtures.unique("C-INUQ");
        Map<String, Object> customer = Map.of("code", code, "name", "巡检客户 / Inspected customer",
                "contacts", List.of(Map.of("name", "运维 / Operations", "email", "ops@inspected.example")));
        assertThat(api.as(Staff.CS1).postJson("/api/customers", customer).status()).isEqualTo(201);
        String number = InspectionFixtures.unique("CT-INUQ");
        assertThat(api.as(Staff.CS1).postJson("/api/customers/" + code + "/contracts", contract(number, "P1M"))
                .status()).isEqualTo(201);

        // when: two nodes open the period's inspection at the same moment
        CountDownLatch ready = new CountDownLatch(2);
        Callable<Optional<String>> open = () -> {
            ready.countDown();
            ready.await();
            try {
                return inspections.open(number, Instant.now());
            } catch (RuntimeException refused) {
                return Optional.empty();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Optional<String>>> results = new ArrayList<>();
        try {
            results.add(pool.submit(open));
            results.add(pool.submit(open));
            for (Future<Optional<String>> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // then: once the schedule's start has run too, there is one inspection and one process for the period
        String key = "IN-" + number + "-" + period;
        await().atMost(WITHIN_A_MINUTE).until(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(InspectionSchedule.PROCESS_KEY).processInstanceBusinessKey(number)
                .activityIdIn("Gateway_WaitForPeriod").count() == 1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Inspections.PROCESS_KEY)
                .processInstanceBusinessKey(key).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mf_inspection where contract_number = ?", Long.class,
                number)).isEqualTo(1);
    }

    @Test
    void inspectionsAreForStaffAndAnUnknownOneIsNotFound() {
        assertThat(api.anonymous().get("/api/inspections/IN-CT-NONE-2026-12").status()).isEqualTo(401);
        assertProblem(api.as(Staff.ENG1).get("/api/inspections/IN-CT-NONE-2026-12"), 404);
        assertThat(api.as(Staff.SUP1).get("/api/inspections?contract=CT-NONE").json()).isEmpty();
        assertProblem(api.as(Staff.SUP1).get("/api/inspections"), 400);
    }

    private List<JsonNode> inspectionsOf(String number) {
        HttpResult listed = api.as(Staff.SUP1).get("/api/inspections?contract=" + number);
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        listed.json().forEach(found::add);
        return found;
    }

    private Optional<JsonNode> performTask(String key) {
        var tasks = api.as(Staff.ENG1).get("/engine-rest/task?taskDefinitionKey=Task_PerformInspection"
                + "&processInstanceBusinessKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
        return tasks.json().isEmpty() ? Optional.empty() : Optional.of(tasks.json().get(0));
    }

    private static Map<String, Object> contract(String number, String cycle) {
        LocalDate today = LocalDate.now(InspectionPeriod.ZONE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractNumber", number);
        body.put("serviceLevel", "PREMIUM");
        body.put("serviceCalendar", "7x24");
        body.put("warrantyStart", today.minusMonths(1).toString());
        body.put("warrantyEnd", today.plusYears(1).toString());
        body.put("freeMaintenanceEnd", today.plusYears(1).toString());
        body.put("contractValue", 100000);
        body.put("penaltyRatePercent", 0.5);
        body.put("inspectionCycle", cycle);
        return body;
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }
}

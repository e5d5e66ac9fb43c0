package com.maintflow.emergency;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.customer.Contract;
import com.maintflow.customer.Customer;
import com.maintflow.customer.Customers;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emergencies over HTTP, on H2 and (-Pmysql) MariaDB: who may declare one, refusals that store nothing, the
 * contract's emergency targets in the contract API, the roster's on-call flag, the alert mails and the customer's
 * arrival link page.
 */
@MaintFlowIntegrationTest
class EmergencyApiIT extends HttpJourneyTest {

    private static final Pattern ARRIVAL_LINK = Pattern.compile("/links/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)\\?choice=confirm_arrival");

    @Autowired private Customers customers;
    @Autowired private IntakeService intake;
    @Autowired private TaskService taskService;
    @Autowired private JdbcTemplate jdbc;

    @Test
    void staffDeclareAnEmergencyWithTheContractsTargetsAndTheCustomerGetsAnArrivalLink() {
        // given: a request under a contract whose on-site target is amended to 2 hours
        var fixture = newRequest();
        var amended = api.as(Staff.CS1).putJson("/api/contracts/" + fixture.contract(),
                Map.of("onSiteHours", 2, "seniorEngineerHours", 8));
        assertThat(amended.status()).as("%s", amended).isEqualTo(200);
        JsonNode contract = api.as(Staff.CS1).get("/api/contracts/" + fixture.contract()).json();
        assertThat(contract.path("onSiteHours").asInt()).isEqualTo(2);
        assertThat(contract.path("restoreHours").isNull()).isTrue();
        assertThat(contract.path("seniorEngineerHours").asInt()).isEqualTo(8);

        // when: customer service declares an emergency
        var declared = api.as(Staff.CS1).postJson(path(fixture.ticket()), Map.of("reason", "生产停机 / Production down"));

        // then: 201 with the ticket and the emergency's process; its targets are the contract's, defaults elsewhere
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        assertThat(declared.json().path("ticket").asText()).isEqualTo(fixture.ticket());
        String instance = declared.json().path("processInstanceId").asText();
        assertThat(instance).isNotBlank();
        JsonNode read = api.as(Staff.ENG1).get("/api/requests/" + fixture.ticket() + "/emergencies").json();
        assertThat(read.get(0).path("status").asText()).isEqualTo("DECLARED");
        assertThat(read.get(0).path("onSiteHours").asInt()).isEqualTo(2);
        assertThat(read.get(0).path("restoreHours").asInt()).isEqualTo(4);
        assertThat(read.get(0).path("seniorEngineerHours").asInt()).isEqualTo(8);
        assertThat(read.get(0).path("declaredBy").asText()).isEqualTo("cs1");
        // the on-call engineer (demo roster) and management were mailed
        assertThat(jdbc.queryForList("select recipient from mf_notification where ticket = ? and template = ?",
                String.class, fixture.ticket(), "EMERGENCY_DECLARED"))
                .contains("eng1@maintflow.example", "mgr1@maintflow.example");

        // and: a second declaration while it runs is a conflict
        assertProblem(api.as(Staff.SUP1).postJson(path(fixture.ticket()), Map.of("reason", "again")), 409);

        // when: a supervisor dispatches eng1
        var dispatch = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_DispatchEngineer").singleResult();
        taskService.complete(dispatch.getId(), Map.of("engineer", "eng1", "eta", "2026-12-24 10:30"));

        // then: the customer's mail carries the arrival link, whose page names the engineer and the ETA
        String body = jdbc.queryForObject("select body from mf_notification where ticket = ? and template = ?",
                String.class, fixture.ticket(), "EMERGENCY_DISPATCHED");
        Matcher link = ARRIVAL_LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        var page = api.anonymous().get("/links/" + link.group(1));
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body()).contains("工程师一号 / Engineer 1", "2026-12-24 10:30", "confirm_arrival");
    }

    @Test
    void onlyCustomerServiceSupervisorsAndAdminsDeclareAndRefusalsStoreNothing() {
        var fixture = newRequest();
        var reason = Map.of("reason", "停机 / Down");

        assertProblem(api.anonymous().postJson(path(fixture.ticket()), reason), 401);
        assertProblem(api.as(Staff.ENG1).postJson(path(fixture.ticket()), reason), 403);
        assertProblem(api.as(Staff.CS1).postJson(path("MR-2099-999999"), reason), 404);
        JsonNode blank = assertProblem(api.as(Staff.CS1).postJson(path(fixture.ticket()), Map.of("reason", " ")), 400);
        assertThat(errorFields(blank)).containsExactly("reason");
        assertProblem(api.as(Staff.CS1).get("/api/requests/MR-2099-999999/emergencies"), 404);

        assertThat(jdbc.queryForObject("select count(*) from mf_emergency where ticket = ?", Long.class,
                fixture.ticket())).isZero();
        assertThat(api.as(Staff.CS1).get("/api/requests/" + fixture.ticket() + "/emergencies").json().size()).isZero();
    }

    @Test
    void contractEmergencyTargetsMustBeWholeHoursFromOneAndTheRosterShowsWhoIsOnCall() {
        var fixture = newRequest();
        JsonNode problem = assertProblem(api.as(Staff.CS1).putJson("/api/contracts/" + fixture.contract(),
                Map.of("onSiteHours", 0, "restoreHours", 1)), 400);
        assertThat(errorFields(problem)).containsExactly("onSiteHours");
        assertThat(api.as(Staff.CS1).get("/api/contracts/" + fixture.contract()).json().path("restoreHours").isNull())
                .isTrue();

        JsonNode staff = api.as(Staff.CS1).get("/api/staff").json();
        assertThat(StreamSupport.stream(staff.spliterator(), false)
                .filter(s -> s.path("userId").asText().equals("eng1")).findFirst().orElseThrow()
                .path("onCall").asBoolean()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    record Fixture(String ticket, String contract) {
    }

    private Fixture newRequest() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
        String code = "C-EM-" + suffix;
        String email = "emergency-" + suffix.toLowerCase() + "@customer.example";
        var customer = new Customer(code, "应急测试客户 / Emergency test customer " + suffix);
        customer.addContact("钱工 / Qian", email, "+86 21 5555 0199");
        String contract = "CT-EM-" + suffix;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        customer.addContract(new Contract.Terms(contract, "PREMIUM", "7x24", today.minusMonths(2), today.plusYears(1),
                today.plusYears(1), new BigDecimal("800000.00"), new BigDecimal("0.50"), null, null, null, Set.of(),
                null, null));
        customers.save(customer);
        var submitted = intake.submit(new IntakeCommand(code, "钱工 / Qian", email, "+86 21 5555 0199", "PHONE",
                "核心数据库 / Core database", "数据库不可用 / Database unavailable", "全部业务中断 / All business down"));
        return new Fixture(submitted.ticket(), contract);
    }

    private static String path(String ticket) {
        return "/api/requests/" + ticket + "/emergency";
    }
}

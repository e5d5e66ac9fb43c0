package com.maintflow.complaint;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.customer.Customers;
import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/complaints} over HTTP, on H2 and (-Pmysql) MariaDB: anonymous filing with number and Location, the
 * staff view, refusals that store nothing, and one whole complaint answered 满意 through its signed link.
 */
@MaintFlowIntegrationTest
class ComplaintApiIT extends HttpJourneyTest {

    private static final String COMPLAINTS = "/api/complaints";
    private static final Pattern SATISFIED_LINK = Pattern.compile("/links/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)\\?choice=satisfied");

    @Autowired private Customers customers;
    @Autowired private IntakeService intake;
    @Autowired private TaskService taskService;
    @Autowired private JdbcTemplate jdbc;

    @Test
    void anonymousComplaintAnswersCreatedWithNumberLocationAndAcknowledgement() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);

        // when
        var created = api.anonymous().postJson(COMPLAINTS, body(customer));

        // then
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String number = created.json().path("complaintNumber").asText();
        assertThat(number).matches("CP-\\d{4}-\\d{6}");
        assertThat(created.json().path("processInstanceId").asText()).isNotBlank();
        assertThat(created.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.header("Location")).hasValue(COMPLAINTS + "/" + number);
        assertThat(jdbc.queryForObject("select count(*) from mf_notification where ticket = ? and template = ?",
                Long.class, number, "COMPLAINT_RECEIVED")).isEqualTo(1);
    }

    @Test
    void staffSeesComplaintWaitingForSupervisorsWithItsReplyClock() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        String number = file(customer);

        // when
        var view = api.as(Staff.CS1).get(COMPLAINTS + "/" + number);

        // then
        assertThat(view.status()).as("%s", view).isEqualTo(200);
        JsonNode json = view.json();
        assertThat(json.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(json.path("customerCode").asText()).isEqualTo(customer.code());
        assertThat(json.path("contractNumber").asText()).isEqualTo(customer.contractNumber());
        assertThat(json.path("repeated").asBoolean()).isFalse();
        assertThat(json.path("openTasks").get(0).path("taskDefinitionKey").asText())
                .isEqualTo("Task_InvestigateComplaint");
        assertThat(json.path("openTasks").get(0).path("candidateGroups").get(0).asText()).isEqualTo("supervisors");
        assertThat(json.path("sla").get(0).path("clock").asText()).isEqualTo("COMPLAINT_REPLY");
        assertThat(json.path("sla").get(0).path("state").asText()).isEqualTo("RUNNING");
        assertThat(events(json)).containsSubsequence("RECEIVED", "NOTIFICATION_COMPLAINT_RECEIVED");
    }

    @Test
    void staffViewNeedsLoginAndAnswers404ForUnknownAnd400ForMalformedNumbers() {
        assertThat(api.anonymous().get(COMPLAINTS + "/CP-2026-000001").status()).isEqualTo(401);
        assertProblem(api.as(Staff.CS1).get(COMPLAINTS + "/CP-2999-999999"), 404);
        assertProblem(api.as(Staff.CS1).get(COMPLAINTS + "/MR-2026-000001"), 400);
    }

    @Test
    void invalidComplaintIsRefusedNamingTheFieldsAndStoresNothing() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        var body = body(customer);
        body.put("contactEmail", "not-an-address");
        body.put("subject", "");
        body.put("ticket", "T-1");
        long before = stored();

        // when
        var refused = api.anonymous().postJson(COMPLAINTS, body);

        // then
        assertThat(errorFields(assertProblem(refused, 400))).contains("contactEmail", "subject", "ticket");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void unknownCustomerIsRefusedWith422AndStoresNothing() {
        // given
        var body = body(ComplaintFixtures.newCustomer(customers, true));
        body.put("customerCode", "C-NOBODY");
        long before = stored();

        // when
        var refused = api.anonymous().postJson(COMPLAINTS, body);

        // then
        assertThat(errorFields(assertProblem(refused, 422))).containsExactly("customerCode");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void ticketOfAnotherCustomerIsRefusedWith422NamingTicketAndStoresNothing() {
        // given: a request of C-WARRANTY, and a complaint of another customer naming it
        String othersTicket = intake.submit(new IntakeCommand("C-WARRANTY", "王工 / Wang", "it@warranty.example",
                null, "WEB", "ERP", "报表 / Report", "报表出错 / Report fails")).ticket();
        var body = body(ComplaintFixtures.newCustomer(customers, true));
        body.put("ticket", othersTicket);
        long before = stored();

        // when
        var refused = api.anonymous().postJson(COMPLAINTS, body);
        body.put("ticket", "MR-2999-999999");
        var unknown = api.anonymous().postJson(COMPLAINTS, body);

        // then
        assertThat(errorFields(assertProblem(refused, 422))).containsExactly("ticket");
        assertThat(errorFields(assertProblem(unknown, 422))).containsExactly("ticket");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void complaintAboutOwnRequestKeepsTheTicket() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        String own = intake.submit(new IntakeCommand(customer.code(), "赵敏 / Zhao Min", customer.contactEmail(),
                null, "WEB", "OA", "审批流 / Approvals", "审批卡住 / Approvals stuck")).ticket();
        var body = body(customer);
        body.put("ticket", own);

        // when
        var created = api.anonymous().postJson(COMPLAINTS, body);

        // then
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        var view = api.as(Staff.SUP1).get(COMPLAINTS + "/" + created.json().path("complaintNumber").asText());
        assertThat(view.json().path("ticket").asText()).isEqualTo(own);
    }

    @Test
    void complaintRepliedAndAnsweredSatisfiedByLinkIsClosedWithItsActions() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        String number = file(customer);
        complete(number, "Task_InvestigateComplaint", "sup1", Map.of("facts", "迟到两小时 / Two hours late",
                "cause", "交通管制 / Road closure", "responsibility", "我方调度 / Our dispatch"));
        complete(number, "Task_RecordCorrectiveAction", "sup1", Map.of("correctiveAction",
                "预留路程余量 / Plan travel margin", "actionOwner", "调度主管 / Dispatch lead",
                "actionDueDate", LocalDate.now().plusDays(10).toString(), "actionDone", true));
        complete(number, "Task_ReplyToCustomer", "cs1", Map.of("replyText", "抱歉，已改进调度 / Sorry; dispatch fixed"));
        String token = linkIn(number);

        // when: the customer opens the link (GET only shows it) and answers 满意
        var page = api.anonymous().get("/links/" + token + "?choice=satisfied");
        var answered = api.anonymous().post("/links/" + token, "application/x-www-form-urlencoded",
                "choice=satisfied");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number, "抱歉，已改进调度", "id=\"satisfied\"", "id=\"unsatisfied\"");
        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.body()).contains("感谢您的反馈");
        JsonNode view = api.as(Staff.MGR1).get(COMPLAINTS + "/" + number).json();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("customerAnswer").asText()).isEqualTo("SATISFIED");
        assertThat(view.path("investigation").path("cause").asText()).isEqualTo("交通管制 / Road closure");
        assertThat(view.path("actions").get(0).path("owner").asText()).isEqualTo("调度主管 / Dispatch lead");
        assertThat(view.path("actions").get(0).path("done").asBoolean()).isTrue();
        assertThat(view.path("sla").get(0).path("state").asText()).isEqualTo("MET");
        assertThat(view.path("openTasks")).isEmpty();
        assertThat(events(view)).containsSubsequence("INVESTIGATED", "ACTION_RECORDED", "REPLIED",
                "NOTIFICATION_COMPLAINT_REPLY", "CUSTOMER_SATISFIED", "CLOSED");
        // the link is spent
        assertThat(api.anonymous().post("/links/" + token, "application/x-www-form-urlencoded", "choice=satisfied")
                .status()).isEqualTo(409);
    }

    @Test
    void customerServiceRegistersAPhoneComplaintWithTheTasklistStartForm() {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        Map<String, Object> form = new LinkedHashMap<>();
        body(customer).forEach((name, value) -> form.put(name, Map.of("value", value, "type", "String")));
        form.put("channel", Map.of("value", "PHONE", "type", "String"));
        form.put("ticket", Map.of("value", "", "type", "String"));

        // when: Tasklist's "start process" with the start form, as cs1
        var started = api.as(Staff.CS1).postJson("/engine-rest/process-definition/key/complaint/submit-form",
                Map.of("variables", form));
        var refused = api.as(Staff.ENG1).postJson("/engine-rest/process-definition/key/complaint/submit-form",
                Map.of("variables", form));

        // then
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        String number = started.json().path("businessKey").asText();
        assertThat(number).matches("CP-\\d{4}-\\d{6}");
        var view = api.as(Staff.CS1).get(COMPLAINTS + "/" + number).json();
        assertThat(view.path("channel").asText()).isEqualTo("PHONE");
        assertThat(events(view)).first().isEqualTo("RECEIVED");
        assertThat(view.path("timeline").get(0).path("actor").asText()).isEqualTo("cs1");
        assertThat(refused.status()).as("engineers may not start complaints: %s", refused).isEqualTo(403);
        var tasks = api.as(Staff.SUP1).get("/engine-rest/task?processInstanceBusinessKey=" + number);
        assertThat(tasks.json().get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_InvestigateComplaint");
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    private static Map<String, Object> body(ComplaintFixtures.NewCustomer customer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerCode", customer.code());
        body.put("contactName", "赵敏 / Zhao Min");
        body.put("contactEmail", customer.contactEmail());
        body.put("contactPhone", "+86 21 5555 0100");
        body.put("channel", "WEB");
        body.put("subject", "工程师未按约定时间到场 / Engineer did not come as agreed");
        body.put("description", "约定周二上午到场，无人出现。 / Agreed for Tuesday morning; nobody came.");
        return body;
    }

    private String file(ComplaintFixtures.NewCustomer customer) {
        var created = api.anonymous().postJson(COMPLAINTS, body(customer));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("complaintNumber").asText();
    }

    private void complete(String number, String taskKey, String user, Map<String, Object> fields) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("%s waits at %s", number, taskKey).isNotNull();
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), fields);
    }

    private String linkIn(String number) {
        String body = jdbc.queryForObject("select body from mf_notification where ticket = ? and template = ?",
                String.class, number, "COMPLAINT_REPLY");
        var link = SATISFIED_LINK.matcher(body);
        assertThat(link.find()).as("satisfied link in the reply mail").isTrue();
        return link.group(1);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from mf_complaint", Long.class)
                + jdbc.queryForObject("select coalesce(sum(last_number), 0) from mf_ticket_counter where series = 'CP'",
                Long.class);
    }

    private static List<String> events(JsonNode view) {
        return StreamSupport.stream(view.path("timeline").spliterator(), false).map(e -> e.path("event").asText())
                .toList();
    }
}

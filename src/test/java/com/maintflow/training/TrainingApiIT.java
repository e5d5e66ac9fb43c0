package com.maintflow.training;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.customer.Customers;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/trainings} over HTTP, on H2 and (-Pmysql) MariaDB: ordering with number, Location and warnings,
 * refusals naming the field that store nothing, who may use it, and one whole training — registration by its signed
 * link, signed sheets, the printable sheet with Chinese names, the evaluation by link, changed attendees re-notified.
 */
@MaintFlowIntegrationTest
class TrainingApiIT extends HttpJourneyTest {

    private static final String TRAININGS = "/api/trainings";
    private static final Pattern REGISTER_LINK = Pattern.compile("/links/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)\\?choice=register");
    private static final Pattern EVALUATE_LINK = Pattern.compile("/links/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)\\?choice=evaluate");

    @Autowired private Customers customers;
    @Autowired private TaskService taskService;
    @Autowired private org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired private JdbcTemplate jdbc;

    @Test
    void customerServiceOrdersATrainingAndGetsNumberLocationAndWarnings() {
        // given: 3 days and 4 administrators — unusual, not wrong
        var body = body(TrainingFixtures.newContract(customers));
        body.put("days", 3);
        body.put("administrators", List.of(person("张伟", "a1@customer.example"), person("李娜", "a2@customer.example"),
                person("王芳", "a3@customer.example"), person("赵磊", "a4@customer.example")));

        // when
        var created = api.as(Staff.CS1).postJson(TRAININGS, body);

        // then
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String number = created.json().path("trainingNumber").asText();
        assertThat(number).matches("TR-\\d{4}-\\d{6}");
        assertThat(created.json().path("processInstanceId").asText()).isNotBlank();
        assertThat(created.header("Location")).hasValue(TRAININGS + "/" + number);
        assertThat(created.json().path("warnings").toString()).contains("days", "administrators");
        var view = api.as(Staff.CS1).get(TRAININGS + "/" + number);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().path("status").asText()).isEqualTo("REQUESTED");
        assertThat(view.json().path("attendees")).as("4 administrators, 2 operators").hasSize(6);
    }

    @Test
    void invalidOrdersAreRefusedNamingTheFieldAndStoreNothing() {
        // given
        String contract = TrainingFixtures.newContract(customers);
        long before = stored();
        var noDays = body(contract);
        noDays.put("days", 31);
        var noAdministrator = body(contract);
        noAdministrator.put("administrators", List.of());
        var past = body(contract);
        past.put("startDate", LocalDate.now(TrainingFixtures.ZONE).minusDays(1).toString());
        var unknown = body("CT-NOBODY");

        // when / then
        assertThat(errorFields(assertProblem(api.as(Staff.CS1).postJson(TRAININGS, noDays), 400)))
                .containsExactly("days");
        assertThat(errorFields(assertProblem(api.as(Staff.CS1).postJson(TRAININGS, noAdministrator), 400)))
                .containsExactly("administrators");
        assertThat(errorFields(assertProblem(api.as(Staff.CS1).postJson(TRAININGS, past), 400)))
                .containsExactly("startDate");
        assertThat(errorFields(assertProblem(api.as(Staff.CS1).postJson(TRAININGS, unknown), 422)))
                .containsExactly("contractNumber");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void trainersCustomerServiceAndAdminsOnly() {
        var body = body(TrainingFixtures.newContract(customers));
        assertThat(api.anonymous().postJson(TRAININGS, body).status()).isEqualTo(401);
        assertThat(api.as(Staff.ENG1).postJson(TRAININGS, body).status()).isEqualTo(403);
        assertThat(api.as(Staff.ENG1).get(TRAININGS + "/TR-2026-000001").status()).isEqualTo(403);
        assertThat(trainer().postJson(TRAININGS, body).status()).isEqualTo(201);
        assertProblem(trainer().get(TRAININGS + "/TR-2999-999999"), 404);
        assertProblem(trainer().get(TRAININGS + "/MR-2026-000001"), 400);
    }

    @Test
    void wholeTrainingRegisteredSignedPrintedEvaluatedAndChangedAttendeesReNotified() throws Exception {
        // given
        var created = trainer().postJson(TRAININGS, body(TrainingFixtures.newContract(customers)));
        String number = created.json().path("trainingNumber").asText();
        LocalDate start = TrainingFixtures.threeWeeksAhead();
        complete(number, "Task_PlanTraining", Map.of("instructors", "trainer1", "logistics", "钱伟 / Qian Wei",
                "sessions", start + " 09:00-12:00 培训室 A\n" + start.plusDays(1) + " 09:00-12:00 培训室 A"));

        // when: 张伟 opens his registration link and registers
        String token = link(number, "TRAINING_NOTICE", "zhang.wei@customer.example", REGISTER_LINK);
        var page = api.anonymous().get("/links/" + token + "?choice=register");
        var registered = api.anonymous().post("/links/" + token, "application/x-www-form-urlencoded",
                "choice=register");

        // then
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body()).contains("培训报名 / Training registration", "张伟", "id=\"register\"");
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);
        assertThat(registered.body()).contains("您已报名");
        JsonNode view = trainer().get(TRAININGS + "/" + number).json();
        assertThat(view.path("attendees").get(0).path("registeredAt").isNull()).isFalse();
        assertThat(view.path("attendees").get(1).path("registeredAt").isNull()).isTrue();

        // when: the attendee list changes before the start
        var changed = body(view.path("contractNumber").asText());
        changed.put("operators", List.of(person("李娜", "li.na@customer.example"), person("孙丽", "sun.li@customer.example")));
        var put = trainer().putJson(TRAININGS + "/" + number + "/attendees", changed);

        // then: everyone is notified again, 张伟 stays registered, the number of 李娜 is kept
        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(put.json().path("attendees").toString()).contains("孙丽").doesNotContain("王芳");
        assertThat(put.json().path("attendees").get(0).path("registeredAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mf_notification where ticket = ? and template = ?",
                Long.class, number, "TRAINING_NOTICE")).isEqualTo(3 + 3);

        // when: materials, then both sheets signed by the instructor
        complete(number, "Task_PrepareMaterials", Map.of("materialsReady", true));
        for (var sheet : taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_SignInSheet").list()) {
            taskService.claim(sheet.getId(), "trainer1");
            taskService.complete(sheet.getId(), Map.of("attendedNumbers", "1,2", "confirmSheet", true));
        }
        var pdf = pdf(TRAININGS + "/" + number + "/sessions/1/sign-in-sheet.pdf");

        // then: the printable sheet shows the Chinese names, the confirmation and the training
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("培训签到表", number, "张伟", "李娜", "孙丽", "监控系统运维培训", "trainer1",
                    "出席");
        }
        assertThat(pdf(TRAININGS + "/" + number + "/sessions/9/sign-in-sheet.pdf").statusCode()).isEqualTo(404);

        // when: 张伟 evaluates by his link
        String evaluation = link(number, "TRAINING_EVALUATION", "zhang.wei@customer.example", EVALUATE_LINK);
        var incomplete = api.anonymous().post("/links/" + evaluation, "application/x-www-form-urlencoded",
                "choice=evaluate&contentScore=5");
        var rated = api.anonymous().post("/links/" + evaluation, "application/x-www-form-urlencoded",
                "choice=evaluate&contentScore=5&instructorScore=4&organisationScore=3&comments=" + java.net.URLEncoder
                        .encode("案例很好 / Good examples", StandardCharsets.UTF_8));

        // then
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("请选择 1 到 5 分");
        assertThat(rated.status()).as("%s", rated).isEqualTo(200);
        assertThat(rated.body()).contains("感谢您的培训评价");
        JsonNode done = trainer().get(TRAININGS + "/" + number).json();
        assertThat(done.path("status").asText()).isEqualTo("EVALUATING");
        assertThat(done.path("evaluation").path("answers").asInt()).isEqualTo(1);
        assertThat(done.path("evaluation").path("instructor").asDouble()).isEqualTo(4.0);
        assertThat(done.path("sessions").get(0).path("confirmedBy").asText()).isEqualTo("trainer1");
        assertThat(api.anonymous().post("/links/" + evaluation, "application/x-www-form-urlencoded",
                "choice=evaluate&contentScore=5&instructorScore=4&organisationScore=3").status()).isEqualTo(409);
    }

    @Test
    void trainersOrderFromTheTasklistStartForm() {
        // given
        String contract = TrainingFixtures.newContract(customers);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contractNumber", Map.of("value", contract, "type", "String"));
        form.put("site", Map.of("value", "苏州工厂 / Suzhou plant", "type", "String"));
        form.put("startDate", Map.of("value", TrainingFixtures.threeWeeksAhead().toString(), "type", "String"));
        form.put("days", Map.of("value", 5, "type", "Long"));
        form.put("content", Map.of("value", "设备操作 / Operating the equipment", "type", "String"));
        form.put("administrators", Map.of("value", "周杰, zhou.jie@customer.example", "type", "String"));
        form.put("operators", Map.of("value", "", "type", "String"));

        // when
        var started = trainer().postJson("/engine-rest/process-definition/key/training/submit-form",
                Map.of("variables", form));
        var refused = api.as(Staff.ENG1).postJson("/engine-rest/process-definition/key/training/submit-form",
                Map.of("variables", form));

        // then
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        String number = started.json().path("businessKey").asText();
        assertThat(number).matches("TR-\\d{4}-\\d{6}");
        assertThat(trainer().get(TRAININGS + "/" + number).json().path("attendees").get(0).path("name").asText())
                .isEqualTo("周杰");
        assertThat(refused.status()).as("engineers may not order trainings: %s", refused).isEqualTo(403);
    }

    @Test
    void sheetsAreOfferedByNameToTheInstructorOnlyInTasklistsFilter() {
        // given: a planned training with trainer1 as its instructor, materials ready
        var created = trainer().postJson(TRAININGS, body(TrainingFixtures.newContract(customers)));
        String number = created.json().path("trainingNumber").asText();
        LocalDate start = TrainingFixtures.threeWeeksAhead();
        complete(number, "Task_PlanTraining", Map.of("instructors", "trainer1", "sessions",
                start + " 09:00-12:00 培训室 A"));
        complete(number, "Task_PrepareMaterials", Map.of("materialsReady", true));

        // when: Tasklist lists the filter "offered to me by name" for trainer1 and for trn1 (a trainer, not instructor)
        List<String> forInstructor = offeredByName(trainer());
        List<String> forOtherTrainer = offeredByName(api.withBasic("trn1", "demo"));

        // then
        assertThat(forInstructor).contains("Task_SignInSheet@" + number);
        assertThat(forOtherTrainer).doesNotContain("Task_SignInSheet@" + number);
    }

    private List<String> offeredByName(com.maintflow.support.MaintFlowApi as) {
        var filters = as.get("/engine-rest/filter?resourceType=Task");
        assertThat(filters.status()).as("%s", filters).isEqualTo(200);
        String id = null;
        for (JsonNode filter : filters.json()) {
            if (filter.path("name").asText().startsWith("指派给我的候选任务")) {
                id = filter.path("id").asText();
            }
        }
        assertThat(id).as("the filter is shipped and readable").isNotNull();
        var tasks = as.postJson("/engine-rest/filter/" + id + "/list", Map.of());
        assertThat(tasks.status()).as("%s", tasks).isEqualTo(200);
        List<String> keys = new java.util.ArrayList<>();
        for (JsonNode task : tasks.json()) {
            String pid = task.path("processInstanceId").asText();
            var instance = runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
            keys.add(task.path("taskDefinitionKey").asText() + "@" + (instance == null ? "" : instance.getBusinessKey()));
        }
        return keys;
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    private com.maintflow.support.MaintFlowApi trainer() {
        return api.withBasic("trainer1", "demo");
    }

    private static Map<String, Object> body(String contract) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractNumber", contract);
        body.put("site", "上海浦东机房 / Shanghai Pudong site");
        body.put("startDate", TrainingFixtures.threeWeeksAhead().toString());
        body.put("days", 5);
        body.put("content", "监控系统运维培训 / Operating the monitoring system");
        body.put("administrators", List.of(person("张伟", "zhang.wei@customer.example")));
        body.put("operators", List.of(person("李娜", "li.na@customer.example"), person("王芳", "wang.fang@customer.example")));
        return body;
    }

    private static Map<String, Object> person(String name, String email) {
        return Map.of("name", name, "email", email, "phone", "+86 21 5555 0100");
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from mf_training", Long.class);
    }

    private void complete(String number, String taskKey, Map<String, Object> fields) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("%s waits at %s", number, taskKey).isNotNull();
        taskService.claim(task.getId(), "trainer1");
        taskService.complete(task.getId(), fields);
    }

    private String link(String number, String template, String recipient, Pattern pattern) {
        List<String> bodies = jdbc.queryForList("select body from mf_notification where ticket = ? and template = ?"
                + " and recipient = ? order by id", String.class, number, template, recipient);
        var link = pattern.matcher(bodies.get(bodies.size() - 1));
        assertThat(link.find()).as("link in the %s mail", template).isTrue();
        return link.group(1);
    }

    private HttpResponse<byte[]> pdf(String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("trainer1:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

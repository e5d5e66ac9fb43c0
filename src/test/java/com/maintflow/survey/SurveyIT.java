package com.maintflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.intake.IntakeService;
import com.maintflow.links.ActionLinks;
import com.maintflow.notify.NotificationTemplate;
import com.maintflow.notify.RecordedNotification;
import com.maintflow.notify.RecordedNotificationRepository;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A survey from archiving to the supervisors' report, with the real engine, database and HTTP: the invitation mail's
 * link shows the five questions, refuses an incomplete answer without saving it, takes one answer and refuses the
 * link after that; the report and the /surveys page list a low score to supervisors only.
 */
@MaintFlowIntegrationTest
class SurveyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort int port;
    @Autowired private WebApplicationContext context;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private ActionLinks actionLinks;
    @Autowired private Surveys surveys;
    @Autowired private RecordedNotificationRepository notifications;

    private MockMvc mvc;
    private RequestDriver driver;

    @BeforeEach
    void driveLikeTasklist() {
        driver = new RequestDriver(engine, intake);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void invitationLinkTakesOneCompleteAnswerAndIsRefusedAfterwards() throws Exception {
        // given: a closed request whose survey invitation went out
        String ticket = invitedSurvey();
        RecordedNotification invitation = notifications.findByTicketOrderByIdAsc(ticket).stream()
                .filter(n -> n.getTemplate() == NotificationTemplate.SURVEY_INVITATION).findFirst().orElseThrow();
        assertThat(invitation.getRecipient()).isEqualTo("it@warranty.example");
        assertThat(invitation.getSubject()).isEqualTo("[" + ticket + "] 满意度调查 / How satisfied are you with our service?");
        String token = tokenOf(actionLinks.linksFor(ticket, NotificationTemplate.SURVEY_INVITATION).get("answer_survey"));

        // when: opened, the page asks the five questions
        open(token).andExpect(status().isOk())
                .andExpect(content().string(containsString("满意度调查 / Satisfaction survey")))
                .andExpect(content().string(containsString("id=\"overall-5\"")))
                .andExpect(content().string(containsString("id=\"responseSpeed-1\"")))
                .andExpect(content().string(containsString("id=\"fixQuality-3\"")))
                .andExpect(content().string(containsString("id=\"staffAttitude-4\"")))
                .andExpect(content().string(containsString("id=\"comments\"")))
                .andExpect(content().string(containsString("id=\"answer_survey\"")));

        // when: sent without the staff-attitude score
        answer(token, "choice", "answer_survey", "overall", "2", "responseSpeed", "1", "fixQuality", "2")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5")));

        // then: nothing was taken
        assertThat(surveys.of(ticket).isAnswered()).isFalse();
        assertThat(surveys.isWaiting(ticket)).isTrue();

        // when: sent complete
        answer(token, "choice", "answer_survey", "overall", "2", "responseSpeed", "1", "fixQuality", "2",
                "staffAttitude", "4", "comments", "响应太慢 / Too slow")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you for the survey")));

        // then: recorded once, customer service follows up, and the link cannot answer again
        Survey answered = surveys.of(ticket);
        assertThat(answered.getOverall()).isEqualTo(2);
        assertThat(answered.getStaffAttitude()).isEqualTo(4);
        assertThat(answered.getComments()).isEqualTo("响应太慢 / Too slow");
        assertThat(answered.getAnsweredBy()).isEqualTo(RequestDriver.CONTACT_NAME);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(Surveys.keyOf(ticket))
                .taskDefinitionKey("Task_FollowUpLowScore").taskCandidateGroup("customer-service").count()).isOne();
        answer(token, "choice", "answer_survey", "overall", "5", "responseSpeed", "5", "fixQuality", "5",
                "staffAttitude", "5").andExpect(status().isConflict())
                .andExpect(content().string(containsString("ALREADY_USED")));
        String reminderToken = tokenOf(actionLinks.linksFor(ticket, NotificationTemplate.SURVEY_REMINDER)
                .get("answer_survey"));
        open(reminderToken).andExpect(status().isConflict())
                .andExpect(content().string(containsString("NOT_WAITING")));
        assertThat(surveys.of(ticket).getOverall()).isEqualTo(2);

        // and: supervisors see the low score with its ticket, in the API and on the page
        String period = "contract=CT-WARRANTY-01&from=" + TODAY + "&to=" + TODAY;
        var report = new MaintFlowApi(port).as(Staff.SUP1).get("/api/surveys/report?" + period);
        assertThat(report.status()).as("%s", report).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.path("contract").asText()).isEqualTo("CT-WARRANTY-01");
        assertThat(json.path("total").path("invited").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(json.path("total").path("answered").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(json.path("perContract").get(0).path("key").asText()).isEqualTo("CT-WARRANTY-01");
        assertThat(json.path("perMonth").get(0).path("key").asText()).isEqualTo(TODAY.toString().substring(0, 7));
        assertThat(json.path("perEngineer").findValuesAsText("key")).contains("eng1");
        assertThat(json.path("lowScores").findValuesAsText("ticket")).contains(ticket);
        var page = new MaintFlowApi(port).as(Staff.SUP1).get("/surveys?" + period);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"low-scores\"", ">" + ticket + "</a>", "/tickets/" + ticket);
    }

    @Test
    void reportIsForSupervisorsManagementAndAdminsAndRefusesBadPeriodsAndUnknownContracts() {
        String period = "from=" + TODAY.minusDays(7) + "&to=" + TODAY;
        assertThat(new MaintFlowApi(port).as(Staff.MGR1).get("/api/surveys/report?" + period).status())
                .isEqualTo(200);
        assertThat(new MaintFlowApi(port).as(Staff.CS1).get("/api/surveys/report?" + period).status())
                .isEqualTo(403);
        assertThat(new MaintFlowApi(port).as(Staff.ENG1).get("/surveys").status()).isEqualTo(403);
        assertThat(new MaintFlowApi(port).anonymous().get("/api/surveys/report?" + period).status()).isEqualTo(401);

        var reversed = new MaintFlowApi(port).as(Staff.SUP1).get("/api/surveys/report?from=" + TODAY + "&to="
                + TODAY.minusDays(1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        var missing = new MaintFlowApi(port).as(Staff.SUP1).get("/api/surveys/report?to=" + TODAY);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("from");
        var unknown = new MaintFlowApi(port).as(Staff.SUP1).get("/api/surveys/report?contract=CT-NONE&" + period);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    /** A demo request closed and archived, its survey's invitation step run now rather than in three working days. */
    private String invitedSurvey() {
        String ticket = driver.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        driver.review(ticket, "IMMEDIATE", "DEFECT");
        closeAndAwaitArchiving(driver, ticket);
        var survey = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Surveys.keyOf(ticket)).singleResult();
        var invitation = engine.getManagementService().createJobQuery().processInstanceId(survey.getId())
                .activityId("Timer_InvitationDue").singleResult();
        engine.getManagementService().executeJob(invitation.getId());
        assertThat(surveys.isWaiting(ticket)).isTrue();
        return ticket;
    }

    private ResultActions open(String token) throws Exception {
        return mvc.perform(get("/links/{token}", token));
    }

    private ResultActions answer(String token, String... fields) throws Exception {
        var request = post("/links/{token}", token);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private static String tokenOf(String url) {
        String path = url.substring(url.indexOf("/links/") + "/links/".length());
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /**
     * Implementation to closure like staff, then the job executor archives the request (its archive step is
     * asynchronous, and running the job here too would race the live executor) and archiving starts the survey.
     */
    private void closeAndAwaitArchiving(RequestDriver staff, String ticket) {
        staff.complete(ticket, "Task_ImplementMaintenance", "eng1", Map.of("rootCause",
                "索引缺失 / Missing index", "solution", "补建索引 / Index added", "hoursSpent", 2.5));
        staff.complete(ticket, "Task_RecordAcceptanceAnswer", "cs1", Map.of("accepted", true,
                "acceptanceNote", "正常 / OK"));
        staff.complete(ticket, "Task_RecordCustomerOpinion", "cs1", Map.of("satisfaction", 5L,
                "customerOpinion", "满意 / Satisfied"));
        staff.complete(ticket, "Task_WriteMaintenanceSummary", "cs1", Map.of("summary", "已修复 / Fixed"));
        staff.complete(ticket, "Task_ConfirmClosure", "cs1", Map.of("confirmed", true));
        staff.confirmArchiving(ticket);
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceBusinessKey(Surveys.keyOf(ticket)).count() == 1);
    }
}

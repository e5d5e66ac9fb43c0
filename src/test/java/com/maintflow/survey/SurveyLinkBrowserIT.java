package com.maintflow.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.intake.IntakeService;
import com.maintflow.support.BrowserIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer's survey in a real browser (Debian's headless Chromium): a closed request's invitation mail arrives
 * over SMTP (GreenMail), the customer opens its link, scores the four questions, comments and sends; a second visit
 * to the same link is refused. Screenshots go to target/e2e/ (see {@link HeadlessChromium}).
 */
class SurveyLinkBrowserIT extends BrowserIntegrationTest {

    private static final String CONTACT = "it@warranty.example";

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private Surveys surveys;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
    }

    @Test
    void customerAnswersTheSurveyFromTheInvitationMailOnce() throws Exception {
        // given: a request closed and archived; its invitation step is run now instead of in three working days
        var staff = new RequestDriver(engine, intake);
        String ticket = staff.submit(RequestDriver.IN_WARRANTY, CONTACT);
        staff.review(ticket, "IMMEDIATE", "DEFECT");
        closeAndAwaitArchiving(staff, ticket);
        var survey = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Surveys.keyOf(ticket)).singleResult();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(survey.getId()).activityId("Timer_InvitationDue").singleResult().getId());

        // when: the customer opens the link in the invitation mail and answers
        String surveyUrl = linkIn(awaitMail(CONTACT, ticket, "满意度调查"), "answer_survey");
        browser.get(surveyUrl);
        chromium.screenshot("survey-01-opened");
        browser.findElement(By.id("overall-5")).click();
        browser.findElement(By.id("responseSpeed-4")).click();
        browser.findElement(By.id("fixQuality-5")).click();
        browser.findElement(By.id("staffAttitude-5")).click();
        browser.findElement(By.id("comments")).sendKeys("工程师很专业 / Very professional engineer");
        browser.findElement(By.id("answer_survey")).click();
        chromium.screenshot("survey-02-answered");

        // then: thanked, recorded, and the link is spent
        assertThat(browser.findElement(By.id("ticket")).getText()).isEqualTo(ticket);
        assertThat(browser.findElement(By.id("outcome")).getText()).contains("Thank you for the survey");
        assertThat(surveys.of(ticket).getOverall()).isEqualTo(5);
        assertThat(surveys.of(ticket).getComments()).isEqualTo("工程师很专业 / Very professional engineer");
        browser.get(surveyUrl);
        chromium.screenshot("survey-03-link-spent");
        assertThat(browser.findElement(By.id("reason")).getAttribute("data-reason")).isEqualTo("ALREADY_USED");
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

package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.support.HeadlessChromium;
import com.maintflow.support.RequestDriver;
import com.maintflow.intake.IntakeService;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff in Camunda Tasklist with a Chinese browser: cs1 finds a new ticket in 我组待办 / My groups' tasks,
 * claims it and completes the review through its Camunda Form; engineers never see it. Screenshots in
 * target/e2e/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class TasklistBrowserIT {

    private static final int PORT = HeadlessChromium.freePort();
    private static final String TASKLIST = "http://localhost:" + PORT + "/camunda/app/tasklist/";
    private static final String GROUP_FILTER = "我组待办";

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private FilterService filters;
    @Autowired private IdentityService identity;

    private HeadlessChromium chromium;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void customerServiceReviewsNewTicketFromGroupFilterInChineseTasklist() {
        // given: a new request waits for review
        var staff = new RequestDriver(engine, intake);
        String ticket = staff.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");

        // then: no filter an engineer can read lists it (the filters Tasklist shows eng1)
        assertThat(ticketsInFiltersOf("eng1", "maintenance-engineers")).doesNotContain(ticket);
        logIn("eng1");
        chromium.screenshot("tasklist-01-eng1");
        logOut();

        // when: cs1 opens 我组待办, picks the ticket, claims it and completes the review form
        logIn("cs1");
        click(By.xpath("//*[contains(text(),'" + GROUP_FILTER + "')]"));
        click(By.xpath("//*[contains(text(),'" + ticket + "')]"));
        chromium.screenshot("tasklist-02-cs1-task");
        assertThat(chromium.driver().getPageSource()).contains("认领").contains("启动流程");
        click(By.xpath("//*[normalize-space(text())='认领']"));
        pick("Maintenance type", "纠错性");
        pick("Kind of service", "软件缺陷");
        pick("Severity", "一般");
        pick("Outcome", "即时处理");
        chromium.screenshot("tasklist-03-review-filled");
        click(By.xpath("//button[normalize-space(.)='完成']"));

        // then: the review is done by cs1 and the request moved on to the engineers
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.openTasks(ticket, "Task_ImplementMaintenance") == 1);
        chromium.screenshot("tasklist-04-review-completed");
        assertThat(staff.openTasks(ticket, "Task_ReviewRequest")).isZero();
        var review = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey("Task_ReviewRequest").singleResult();
        assertThat(review.getAssignee()).isEqualTo("cs1");
    }

    private List<String> ticketsInFiltersOf(String user, String group) {
        try {
            identity.setAuthentication(user, List.of(group));
            return filters.createFilterQuery().list().stream()
                    .flatMap(filter -> filters.<Task>list(filter.getId()).stream())
                    .map(task -> (String) engine.getTaskService().getVariable(task.getId(), "ticket"))
                    .toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void logIn(String user) {
        var driver = chromium.driver();
        driver.get(TASKLIST);
        chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(text(),'" + GROUP_FILTER + "')]")));
    }

    private void logOut() {
        chromium.driver().manage().deleteAllCookies();
    }

    private void click(By target) {
        WebElement element = chromium.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(target));
        // Tasklist's fixed footer covers the lowest lines of a long form: bring the element to the middle first.
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** A form-js select: open it by its label, choose the option by its Chinese text. */
    private void pick(String label, String option) {
        click(By.xpath("//*[contains(@class,'fjs-form-field-select')][.//*[contains(text(),'" + label
                + "')]]//*[contains(@class,'fjs-select-display')]"));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'" + option + "')]"));
    }
}

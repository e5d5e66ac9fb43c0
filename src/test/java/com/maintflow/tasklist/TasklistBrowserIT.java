package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.BrowserIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff in Camunda Tasklist with a Chinese browser: cs1 finds a new ticket in 我组待办 / My groups' tasks (its list
 * entry shows ticket number and customer), reads the request summary at the top of the form, claims it and
 * completes the review through its Camunda Form; engineers never see it. Screenshots in target/e2e/.
 */
class TasklistBrowserIT extends BrowserIntegrationTest {

    private static final String TASKLIST = BASE_URL + "/camunda/app/tasklist/";
    private static final String GROUP_FILTER = "我组待办";
    private static final String CUSTOMER_NAME = "保修期内客户";
    /** Customer text written to become a link, markup and a script, had it not been escaped. */
    private static final String HOSTILE_TITLE = "报表出错 [点我](https://evil.example/phish) <b>粗体</b>";
    private static final String HOSTILE_DESCRIPTION = "月结报表超时 / The month-end report times out.\n"
            + "<script>window.hostile = true</script><img src=x onerror=\"window.hostile = true\">\n"
            + "# 不是标题 [also a link](javascript:alert(1)) https://evil.example/autolink";

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private FilterService filters;
    @Autowired private IdentityService identity;

    @Test
    void customerServiceReviewsNewTicketFromGroupFilterInChineseTasklist() {
        // given: a new request waits for review
        var staff = new RequestDriver(engine, intake);
        String ticket = intake.submit(new IntakeCommand(RequestDriver.IN_WARRANTY, RequestDriver.CONTACT_NAME,
                "it@warranty.example", "+86 10 1234 5678", "WEB", "ERP 财务模块 / ERP finance", HOSTILE_TITLE,
                HOSTILE_DESCRIPTION)).ticket();

        // then: no filter an engineer can read lists it (the filters Tasklist shows eng1)
        assertThat(ticketsInFiltersOf("eng1", "maintenance-engineers")).doesNotContain(ticket);
        logIn("eng1");
        chromium.screenshot("tasklist-01-eng1");
        logOut();

        // when: cs1 opens 我组待办, picks the ticket, claims it and completes the review form
        logIn("cs1");
        click(By.xpath("//*[contains(text(),'" + GROUP_FILTER + "')]"));
        WebElement listEntry = chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'task')][contains(.,'" + ticket + "')]")));
        chromium.savePage("tasklist-02-list");
        assertThat(listEntry.getText()).contains(ticket).contains(CUSTOMER_NAME).contains("报表出错");
        click(By.xpath("//*[contains(text(),'" + ticket + "')]"));
        WebElement summary = chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'请求摘要')]")));
        chromium.savePage("tasklist-02-form");
        chromium.screenshot("tasklist-02-cs1-task");
        // the summary names customer, contact, system and description, and the customer's text stays text
        assertThat(summary.getText()).contains(CUSTOMER_NAME).contains("王工").contains("ERP 财务模块")
                .contains("月结报表超时").contains("<script>").contains("[点我](https://evil.example/phish)")
                .contains("# 不是标题");
        assertThat(summary.findElements(By.cssSelector("a, script, img, b, h1, h2, h3"))).isEmpty();
        assertThat(chromium.driver().executeScript("return window.hostile === undefined")).isEqualTo(true);
        assertThat(chromium.driver().getPageSource()).contains("认领").contains("启动流程");
        click(By.xpath("//*[normalize-space(text())='认领']"));
        chromium.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
        // form-js' own "Select" reads Chinese too (scripts/form-texts-zh.js)
        assertThat(chromium.driver().findElements(By.cssSelector(".fjs-select-display")))
                .extracting(WebElement::getText).contains("请选择 / Select");
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

    @Test
    void quoteAnswerIsAnExplicitChoiceAndAForgottenOneIsRefusedInChinese() {
        // given: a paid request whose quote went out; the customer phoned their answer in
        var staff = new RequestDriver(engine, intake);
        String ticket = staff.waitingForQuoteAnswer();

        // when: cs1 opens the answer task and completes it without choosing
        logIn("cs1");
        click(By.xpath("//*[contains(text(),'" + GROUP_FILTER + "')]"));
        click(By.xpath("//li[contains(@class,'task')][contains(.,'" + ticket + "')]//*[contains(text(),'" + ticket
                + "')]"));
        click(By.xpath("//*[normalize-space(text())='认领']"));
        chromium.waitUpTo(20).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
        var choices = chromium.driver().findElements(By.cssSelector(".fjs-form-field-radio input[type=radio]"));
        assertThat(choices).as("同意 / 不同意, nothing chosen").hasSize(2).noneMatch(WebElement::isSelected);
        click(By.xpath("//button[normalize-space(.)='完成']"));

        // then: the form says, in Chinese, that an answer is required, and nothing was decided
        WebElement error = chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-form-field-radio .fjs-form-field-error")));
        chromium.screenshot("tasklist-05-quote-answer-required");
        assertThat(error.getText()).isEqualTo("必填 / Required");
        assertThat(staff.openTasks(ticket, "Task_RecordQuoteAnswer")).isEqualTo(1);

        // when: cs1 closes Tasklist's error notice, picks 不同意 (declined) and completes
        chromium.driver().executeScript(
                "document.querySelectorAll('.page-notifications .close').forEach(button => button.click())");
        chromium.waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".page-notifications .alert")));
        click(By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[contains(.,'不同意')]"));
        click(By.xpath("//button[normalize-space(.)='完成']"));

        // then: the decline is a Boolean false and the request goes to its receipt
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.passed(ticket, "Task_SendReceipt"));
        var answer = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(
                engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processDefinitionKey(IntakeService.PROCESS_KEY).processInstanceBusinessKey(ticket)
                        .singleResult().getId()).variableName("quoteApproved").singleResult();
        assertThat(answer.getValue()).isEqualTo(Boolean.FALSE);
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

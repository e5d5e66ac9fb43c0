package com.maintflow.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.customer.Customers;
import com.maintflow.support.BrowserIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer files a complaint on the portal in a real browser (headless Chromium), receives the reply over SMTP
 * (GreenMail) and answers 不满意 by clicking the link in it: the complaint goes to management review. Screenshots go
 * to target/e2e/ (see {@link HeadlessChromium}).
 */
class ComplaintReplyBrowserIT extends BrowserIntegrationTest {

    @Autowired private Customers customers;
    @Autowired private Complaints complaints;
    @Autowired private TaskService taskService;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
    }

    @Test
    void customerFilesComplaintOnPortalAndAnswersUnsatisfiedFromTheReplyMail() throws Exception {
        // given: a customer files a complaint on the portal
        var customer = ComplaintFixtures.newCustomer(customers, true);
        browser.get(BASE_URL + "/portal/complaint");
        fill(Map.of("customerCode", customer.code(), "contactName", "赵敏 / Zhao Min",
                "contactEmail", customer.contactEmail(), "subject", "工程师迟到 / Engineer late",
                "description", "约定 9 点，11 点才到 / Agreed 9:00, came at 11:00"));
        browser.findElement(By.id("submit")).click();
        // The click returns before the answer page may have loaded: wait for it, as the other browser tests do.
        String number = chromium.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("complaint"))).getText()
                .strip();
        chromium.screenshot("complaint-01-filed");
        assertThat(number).matches("CP-\\d{4}-\\d{6}");
        awaitMail(customer.contactEmail(), number, "已收到您的投诉");

        // when: supervisors investigate and act, customer service replies
        complete(number, "Task_InvestigateComplaint", "sup1", Map.of("facts", "迟到两小时 / Two hours late",
                "cause", "交通管制 / Road closure", "responsibility", "我方调度 / Our dispatch"));
        complete(number, "Task_RecordCorrectiveAction", "sup1", Map.of("correctiveAction",
                "预留路程余量 / Plan travel margin", "actionOwner", "sup1",
                "actionDueDate", LocalDate.now().plusDays(7).toString(), "actionDone", false));
        complete(number, "Task_ReplyToCustomer", "cs1", Map.of("replyText", "抱歉 / We apologise"));

        // and the customer clicks 不满意 in the reply mail, then confirms on the page
        browser.get(linkIn(awaitMail(customer.contactEmail(), number, "投诉处理答复"), "unsatisfied"));
        chromium.screenshot("complaint-02-reply-link-opened");
        assertThat(browser.findElement(By.id("details")).getText()).contains("抱歉 / We apologise");
        browser.findElement(By.id("unsatisfied")).click();
        chromium.screenshot("complaint-03-answered");

        // then: the answer is stored and management reviews the complaint
        assertThat(browser.findElement(By.id("ticket")).getText()).isEqualTo(number);
        assertThat(complaints.byNumber(number).getCustomerAnswer()).isEqualTo(CustomerAnswer.UNSATISFIED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_ManagementReview").count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("Task_RecordComplaintAnswer").count()).isZero();
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> browser.findElement(By.id(name)).sendKeys(value));
    }

    private void complete(String number, String taskKey, String user, Map<String, Object> fields) {
        var task = await().atMost(DELIVERY).until(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId(), fields);
    }
}

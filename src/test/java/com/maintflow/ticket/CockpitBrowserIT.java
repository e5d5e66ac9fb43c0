package com.maintflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.intake.IntakeService;
import com.maintflow.support.BrowserIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A supervisor in Camunda Cockpit with a Chinese browser: the process instance of a ticket links to its ticket page
 * (our frontend plugin), and Cockpit and Admin speak Chinese. Screenshots in target/e2e/.
 */
class CockpitBrowserIT extends BrowserIntegrationTest {

    private static final String COCKPIT = BASE_URL + "/camunda/app/cockpit/default/";
    private static final String ADMIN = BASE_URL + "/camunda/app/admin/default/";

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    // The Camunda admin: demo/demo on H2, the generated MAINTFLOW_ADMIN_USER/PASSWORD under -Pmysql.
    @Value("${camunda.bpm.admin-user.id}") private String adminId;
    @Value("${camunda.bpm.admin-user.password}") private String adminPassword;

    @Test
    void processInstanceInCockpitLinksToItsTicketPage() {
        // given: a ticket waiting for review
        String ticket = new RequestDriver(engine, intake).submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(IntakeService.PROCESS_KEY).processInstanceBusinessKey(ticket)
                .singleResult().getId();

        // when: sup1 logs into Cockpit and opens the instance
        logIn("sup1");
        chromium.screenshot("cockpit-01-dashboard");
        chromium.driver().get(COCKPIT + "#/process-instance/" + instanceId + "/runtime");
        chromium.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), ticket));
        chromium.screenshot("cockpit-02-instance");
        List<WebElement> links = chromium.waitUpTo(30).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("a[data-maintflow='ticket-link']"), 0));
        chromium.screenshot("cockpit-03-instance-ticket-link");

        // then: the instance view links to the ticket page, in Chinese, without the Camunda 8 banner
        assertThat(links).extracting(link -> link.getAttribute("href"))
                .allMatch(href -> href.endsWith("/tickets/" + ticket));
        String page = chromium.driver().findElement(By.tagName("body")).getText();
        assertThat(page).contains("流程").contains("变量").contains("业务键（工单号）").doesNotContain("Variables");
        assertThat(chromium.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .noneMatch(WebElement::isDisplayed);

        // when: sup1 follows the link
        chromium.driver().get(links.get(0).getAttribute("href"));

        // then: the ticket page opens on the Cockpit login, without asking for a password again
        chromium.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ticket));
        chromium.screenshot("cockpit-04-ticket-page");
    }

    @Test
    void adminSpeaksChinese() {
        // when: the Camunda admin opens Admin's user list
        logIn(adminId, adminPassword, ADMIN);
        chromium.driver().get(ADMIN + "#/users");
        chromium.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "cs1"));
        chromium.screenshot("admin-01-users");

        // then
        String page = chromium.driver().findElement(By.tagName("body")).getText();
        assertThat(page).contains("用户").contains("组").contains("授权").doesNotContain("Authorizations");
    }

    private void logIn(String user) {
        logIn(user, "demo", COCKPIT);
    }

    private void logIn(String user, String password, String app) {
        var driver = chromium.driver();
        driver.get(app);
        chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("input[type=password]")));
    }
}

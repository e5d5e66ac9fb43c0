package com.maintflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Attachments;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.BrowserIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of issue 17 as their people use them, in a Chinese browser at 1,400 px and on a phone: a supervisor's
 * dashboard (reached from Cockpit) with a request whose deadline is near, a clerk's ticket list and ticket page in
 * words with a mailed attachment, and a customer's portal identified by e-mail with a file attached. Every page must
 * log no console error; screenshots in target/e2e/pages-*.png.
 */
class PagesBrowserIT extends BrowserIntegrationTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Dimension DESKTOP = new Dimension(1400, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private Attachments attachments;

    @Test
    void supervisorSeesANewPremiumRequestAtRiskOnTheDashboardAndOpensItsTicket() {
        // given: a premium request just received, 10 minutes to respond (7x24)
        String ticket = new RequestDriver(engine, intake).submit("C-PREMIUM", "ops@premium.example");

        // when: sup1 logs into Cockpit and follows the MaintFlow link on its start page
        logIn("sup1", "cockpit/default/");
        WebElement link = chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[data-maintflow='dashboard-link']")));
        chromium.screenshot("pages-01-cockpit-dashboard-link");
        chromium.consoleErrors(); // Cockpit's own; the pages under test start here
        browser().get(link.getAttribute("href"));

        // then: the request is on the at-risk list with its clock, step and minutes left, and the charts are drawn
        WebElement row = chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.at-risk-row[data-key='" + ticket + "']")));
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
        chromium.screenshot("pages-02-dashboard");
        assertThat(row.getText()).contains("响应时限 / Response deadline", "客户服务部 / Customer service");
        assertThat(Long.parseLong(row.findElement(By.className("minutes-left")).getText())).isBetween(0L, 10L);
        assertThat(browser().findElement(By.id("signed-in")).getText()).contains("sup1");
        chromium.assertNoConsoleErrors("/dashboard");
        onAPhone("pages-03-dashboard-phone");

        // when: another request arrives and the page refreshes itself (its timer's refresh, run now)
        String next = new RequestDriver(engine, intake).submit("C-PREMIUM", "ops@premium.example");
        browser().executeAsyncScript("MaintFlowDashboard.refresh().then(arguments[arguments.length - 1]);");

        // then: it is listed without a reload, and the charts are drawn again
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.at-risk-row[data-key='" + next + "']")));
        assertThat(browser().findElements(By.cssSelector(".chart canvas"))).isNotEmpty();
        chromium.assertNoConsoleErrors("/dashboard after refreshing");

        // when: one click to the ticket
        browser().findElement(By.linkText(ticket)).click();

        // then
        chromium.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ticket));
        chromium.screenshot("pages-04-ticket-from-dashboard");
        chromium.assertNoConsoleErrors("/tickets/" + ticket);

        // and: the navigation leads to the printable SLA report and the customers, in the same layout
        browser().findElement(By.id("nav-sla")).click();
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("compliance-chart")));
        assertThat(browser().findElement(By.id("nav-sla")).getAttribute("class")).contains("active");
        chromium.screenshot("pages-04a-sla-report");
        chromium.assertNoConsoleErrors("/sla");
        browser().findElement(By.id("nav-customers")).click();
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("customers")));
        chromium.screenshot("pages-04b-customers");
        chromium.assertNoConsoleErrors("/customers");
    }

    @Test
    void clerkReadsTheTicketInWordsWithItsMailedAttachment() {
        // given: a reviewed request with the log a customer mailed
        var driver = new RequestDriver(engine, intake);
        String ticket = driver.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        attachments.store(ticket, AttachmentSource.EMAIL, "错误日志.txt", "text/plain",
                "2026-12-07 ERROR 登录失败\r\n".getBytes(GBK));
        driver.review(ticket, "IMMEDIATE", "DEFECT");

        // when: cs1, logged into Tasklist, opens the ticket list and then the ticket
        logIn("cs1", "tasklist/default/");
        // Tasklist loaded (its own console noise, e.g. the absent welcome app, is not the pages under test)
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(text(),'我组待办')]")));
        chromium.consoleErrors();
        browser().get(BASE_URL + "/tickets?q=" + ticket);
        chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.linkText(ticket)));
        chromium.screenshot("pages-05-ticket-list");
        chromium.assertNoConsoleErrors("/tickets");
        browser().findElement(By.linkText(ticket)).click();
        chromium.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ticket));
        chromium.screenshot("pages-06-ticket-page");

        // then: words, not codes; the attachment listed with its Chinese name and a download link
        String page = browser().findElement(By.tagName("main")).getText();
        assertThat(page).contains("纠错性 / Corrective", "软件缺陷 / Software defect", "即时处理 / Handle immediately",
                        "无偿 / Free", "网页 / Web", "已判定收费 / Charging decided")
                .doesNotContain("CHARGING_DECIDED", "CORRECTIVE", "NOTIFICATION_REQUEST_RECEIVED");
        WebElement file = browser().findElement(By.cssSelector("#attachments a"));
        assertThat(file.getText()).isEqualTo("错误日志.txt");
        assertThat(file.getAttribute("href")).matches(".*/tickets/" + ticket + "/attachments/\\d+");
        assertThat(browser().findElement(By.id("nav-knowledge")).getAttribute("href")).endsWith("/knowledge");
        chromium.assertNoConsoleErrors("/tickets/" + ticket);
        onAPhone("pages-07-ticket-page-phone");
    }

    @Test
    void customerIdentifiedByEmailAttachesALogAndReadsTheStatusInWords() throws Exception {
        // given: a log file on the customer's disk
        Path log = Files.createDirectories(Path.of("target", "e2e-upload")).resolve("错误日志.log");
        Files.write(log, "2026-12-07 10:00:01 ERROR 导出失败\r\n".getBytes(GBK));

        // when: the customer fills the portal form without a customer code and attaches the log
        browser().get(BASE_URL + "/portal");
        fill(Map.of("contactEmail", "it@warranty.example", "contactName", "张三 / Zhang San",
                "system", "ERP 财务 / ERP finance", "title", "报表导出失败 / Report export fails",
                "description", "导出 Excel 时报错，日志见附件 / Excel export fails, log attached"));
        browser().findElement(By.id("files")).sendKeys(log.toAbsolutePath().toString());
        chromium.screenshot("pages-08-portal-filled");
        onAPhone("pages-09-portal-phone");
        browser().findElement(By.id("submit")).click();

        // then: a ticket for the contact's customer, with the file
        String ticket = chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("ticket")))
                .getText().strip();
        chromium.screenshot("pages-10-portal-submitted");
        assertThat(ticket).matches("MR-\\d{4}-\\d{6}");
        assertThat(attachments.of(ticket)).singleElement().satisfies(stored -> {
            assertThat(stored.name()).isEqualTo("错误日志.log");
            assertThat(stored.type()).isEqualTo("text/plain");
        });
        chromium.assertNoConsoleErrors("/portal");

        // when: the customer checks the status
        browser().findElement(By.id("status-link")).click();
        browser().findElement(By.id("contactEmail")).sendKeys("it@warranty.example");
        browser().findElement(By.id("submit")).click();

        // then: status and timeline in words
        String status = chromium.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("status")))
                .getText();
        chromium.screenshot("pages-11-portal-status");
        assertThat(status).isEqualTo("已受理 / Received");
        assertThat(browser().findElement(By.id("timeline")).getText()).contains("已受理 / Received");
        chromium.assertNoConsoleErrors("/portal/status");
    }

    private ChromeDriver browser() {
        return chromium.driver();
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> browser().findElement(By.id(name)).sendKeys(value));
    }

    /** A screenshot of the page as a phone shows it, then back to the desktop width. */
    private void onAPhone(String name) {
        browser().manage().window().setSize(PHONE);
        chromium.screenshot(name);
        browser().manage().window().setSize(DESKTOP);
    }

    /** The Camunda webapps' login, which the staff pages accept too. */
    private void logIn(String user, String app) {
        browser().get(BASE_URL + "/camunda/app/" + app);
        chromium.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        browser().findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser().findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("input[type=password]")));
    }
}

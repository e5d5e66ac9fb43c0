package com.maintflow.e2e;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.acceptance.Acceptances;
import com.maintflow.intake.IntakeService;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestStatus;
import com.maintflow.support.BrowserIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer's whole side in a real browser (Debian's headless Chromium): submit the portal form, receive the
 * mails over SMTP (GreenMail), and accept the fix by clicking the link in the "ready for acceptance" mail.
 * Screenshots go to target/e2e/ for a person to look at (see {@link HeadlessChromium}).
 */
class CustomerJourneyBrowserIT extends BrowserIntegrationTest {

    private static final String CONTACT = "it@warranty.example";

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private MaintenanceRequests requests;
    @Autowired private Acceptances acceptances;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
    }

    @Test
    void customerSubmitsOnPortalAndAcceptsFixFromTheMailLink() throws Exception {
        // given: a customer fills the portal form
        browser.get(BASE_URL + "/portal");
        fill(Map.of("customerCode", "C-WARRANTY", "contactName", "张三 / Zhang San", "contactEmail", CONTACT,
                "contactPhone", "+86 10 1234 5678", "system", "ERP 财务 / ERP finance",
                "title", "报表导出失败 / Report export fails", "description", "导出 Excel 时报错 / Excel export fails"));
        browser.findElement(By.id("submit")).click();
        // The click returns before the answer page may have loaded: wait for it, as the other browser tests do.
        String ticket = chromium.waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("ticket"))).getText()
                .strip();
        screenshot("01-portal-submitted");
        assertThat(ticket).matches("MR-\\d{4}-\\d{6}");

        // then: the acknowledgement mail arrives with the ticket number
        awaitMail(CONTACT, ticket, "已受理");

        // when: staff review it and the engineer implements the fix
        var staff = new RequestDriver(engine, intake);
        staff.review(ticket, "IMMEDIATE", "DEFECT");
        staff.complete(ticket, "Task_ImplementMaintenance", "eng1", Map.of("rootCause", "模板缺列 / Template lacked a column",
                "solution", "修复模板 / Fixed the template", "hoursSpent", 1.5));

        // and the customer clicks "accept" in the mail that asks for acceptance
        String acceptUrl = linkIn(awaitMail(CONTACT, ticket, "验收"), "accept");
        browser.get(acceptUrl);
        screenshot("02-acceptance-link-opened");
        browser.findElement(By.id("accept")).click();
        screenshot("03-acceptance-answered");

        // then: the answer is stored, the staff task is gone and the process asks for the opinion
        assertThat(browser.findElement(By.id("ticket")).getText()).isEqualTo(ticket);
        assertThat(requests.byTicket(ticket).getStatus()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(acceptances.roundsOf(ticket)).singleElement().satisfies(round -> {
            assertThat(round.isAccepted()).isTrue();
            assertThat(round.getRoundNumber()).isEqualTo(1);
        });
        assertThat(staff.openTasks(ticket, "Task_RecordAcceptanceAnswer")).isZero();
        assertThat(staff.openTasks(ticket, "Task_RecordCustomerOpinion")).isEqualTo(1);
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> browser.findElement(By.id(name)).sendKeys(value));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}

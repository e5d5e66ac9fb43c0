package com.maintflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.customer.CustomerViews.ContactView;
import com.maintflow.customer.CustomerViews.StaffView;
import com.maintflow.support.BrowserIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Customer service on the customer and contract staff pages with a Chinese browser, logged in through Tasklist as
 * staff are: registers a customer (a mistyped e-mail comes back next to its field, the rest as typed), adds a
 * contract (dates out of order likewise), amends it and reads who changed what in its history. What the pages
 * stored is read back through the desks. Screenshots in target/e2e/.
 */
class CustomerPagesBrowserIT extends BrowserIntegrationTest {

    private static final String BASE = BASE_URL;
    private static final String CUSTOMER_NAME = "华东页面测试有限公司 / East China Page Test Ltd.";
    private static final String CONTACT_NAME = "李工";
    private static final String SITE = "上海市浦东新区世纪大道 100 号";

    @Autowired private CustomerDesk customers;
    @Autowired private ContractDesk contracts;

    @Test
    void customerServiceRegistersCustomerAddsContractAndAmendsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "C-PAGE-" + suffix;
        String number = "CT-PAGE-" + suffix;
        String email = "li." + suffix.toLowerCase() + "@page.example";
        logInToTasklist("cs1");

        // when: cs1 fills in a new customer with a mistyped e-mail address
        open("/customers/new");
        type("code", code);
        type("name", CUSTOMER_NAME);
        type("contacts0.name", CONTACT_NAME);
        type("contacts0.email", "li-at-page.example");
        type("contacts0.phone", "+86 21 5555 0100");
        save();

        // then: the error is next to the e-mail field and everything typed is still there
        WebElement emailError = visible(By.id("contacts0.email-error"));
        chromium.screenshot("customers-01-bad-email");
        assertThat(emailError.getText()).contains("不是有效的邮箱地址");
        assertThat(value("code")).isEqualTo(code);
        assertThat(value("name")).isEqualTo(CUSTOMER_NAME);
        assertThat(value("contacts0.name")).isEqualTo(CONTACT_NAME);
        assertThat(value("contacts0.email")).isEqualTo("li-at-page.example");
        assertThat(value("contacts0.phone")).isEqualTo("+86 21 5555 0100");
        assertThat(customers.exists(code)).isFalse();

        // when: the address is corrected
        retype("contacts0.email", email);
        save();

        // then: the customer's page, with its contact
        landOn("/customers/" + code);
        chromium.screenshot("customers-02-customer");
        assertThat(text(By.id("saved"))).contains("已保存");
        assertThat(text(By.tagName("h1"))).contains(code).contains(CUSTOMER_NAME);
        assertThat(text(By.id("contacts"))).contains(CONTACT_NAME).contains(email);

        // when: cs1 adds a contract whose free maintenance would end before its warranty
        chromium.driver().findElement(By.id("new-contract")).click();
        landOn("/customers/" + code + "/contracts/new");
        type("contractNumber", number);
        new Select(chromium.driver().findElement(By.id("serviceLevel"))).selectByValue("STANDARD");
        new Select(chromium.driver().findElement(By.id("serviceCalendar"))).selectByValue("5x8");
        date("warrantyStart", "2026-01-01");
        date("warrantyEnd", "2027-12-31");
        date("freeMaintenanceEnd", "2027-06-30");
        type("contractValue", "880000");
        type("penaltyRatePercent", "0.5");
        type("siteAddress", SITE);
        chromium.driver().findElement(By.cssSelector("input[name=responsibleEngineers][value=eng1]")).click();
        save();

        // then: refused next to the date, the rest kept
        WebElement dateError = visible(By.id("freeMaintenanceEnd-error"));
        chromium.screenshot("customers-03-contract-refused");
        assertThat(dateError.getText()).contains("不能早于保修结束日期");
        assertThat(value("contractNumber")).isEqualTo(number);
        assertThat(value("warrantyEnd")).isEqualTo("2027-12-31");
        assertThat(value("contractValue")).isEqualTo("880000");
        assertThat(value("siteAddress")).isEqualTo(SITE);
        assertThat(new Select(chromium.driver().findElement(By.id("serviceLevel"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("STANDARD");
        assertThat(chromium.driver().findElement(By.cssSelector("input[name=responsibleEngineers][value=eng1]"))
                .isSelected()).isTrue();

        // when: the date is corrected
        date("freeMaintenanceEnd", "2028-12-31");
        save();

        // then: the contract's page with its terms, engineer and the creation by cs1
        landOn("/contracts/" + number);
        chromium.screenshot("customers-04-contract");
        assertThat(text(By.id("term-serviceLevel"))).isEqualTo("STANDARD");
        assertThat(text(By.id("term-serviceCalendar"))).isEqualTo("5x8");
        assertThat(text(By.id("term-warranty"))).isEqualTo("2026-01-01 – 2027-12-31");
        assertThat(text(By.id("term-contractValue"))).contains("880,000.00");
        assertThat(text(By.id("term-penaltyRatePercent"))).isEqualTo("0.5 %");
        assertThat(text(By.id("engineers"))).contains("工程师一号").contains("+86 10 0000 0001");
        assertThat(text(By.id("open-requests"))).contains("暂无未结请求");
        var created = chromium.driver().findElements(By.cssSelector("#history tr.history-entry"));
        assertThat(created).hasSize(1);
        assertThat(created.get(0).findElement(By.className("actor")).getText()).isEqualTo("cs1");
        assertThat(created.get(0).findElement(By.className("change")).getText()).contains("CREATED");

        // when: cs1 extends the warranty
        date("warrantyEnd", "2028-06-30");
        save();

        // then: a CHANGED entry by cs1 shows the old and the new end
        landOn("/contracts/" + number);
        assertThat(text(By.id("term-warranty"))).isEqualTo("2026-01-01 – 2028-06-30");
        var entries = chromium.driver().findElements(By.cssSelector("#history tr.history-entry"));
        chromium.screenshot("customers-05-amended");
        chromium.driver().executeScript("arguments[0].scrollIntoView()",
                chromium.driver().findElement(By.id("history")));
        chromium.screenshot("customers-05-amended-history");
        chromium.savePage("customers-05-amended");
        assertThat(entries).hasSize(2);
        WebElement amendment = entries.get(1);
        assertThat(amendment.findElement(By.className("actor")).getText()).isEqualTo("cs1");
        assertThat(amendment.findElement(By.className("change")).getText()).contains("CHANGED");
        assertThat(amendment.findElements(By.cssSelector("li[data-field]")))
                .extracting(WebElement::getText).containsExactly("保修结束 / Warranty end: 2027-12-31 → 2028-06-30");

        // and: the list finds the customer by a fragment of its Chinese name
        open("/customers");
        type("q", "华东页面测试");
        chromium.driver().findElement(By.id("search")).click();
        chromium.waitUpTo(20).until(ExpectedConditions.urlContains("q="));
        chromium.screenshot("customers-06-list");
        assertThat(text(By.id("customers"))).contains(code).contains(number);

        // and: what the pages stored is what the desks read
        var customer = customers.view(code);
        assertThat(customer.name()).isEqualTo(CUSTOMER_NAME);
        assertThat(customer.active()).isTrue();
        assertThat(customer.contacts()).containsExactly(new ContactView(CONTACT_NAME, email, "+86 21 5555 0100"));
        var contract = contracts.view(number);
        assertThat(contract.customerCode()).isEqualTo(code);
        assertThat(contract.serviceLevel()).isEqualTo("STANDARD");
        assertThat(contract.serviceCalendar()).isEqualTo("5x8");
        assertThat(contract.warrantyStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(contract.warrantyEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(contract.freeMaintenanceEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(contract.contractValue()).isEqualByComparingTo(new BigDecimal("880000"));
        assertThat(contract.penaltyRatePercent()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(contract.penaltyCapPercent()).isEqualByComparingTo(new BigDecimal("10")); // the default
        assertThat(contract.siteAddress()).isEqualTo(SITE);
        assertThat(contract.responsibleEngineers()).extracting(StaffView::userId).containsExactly("eng1");
        assertThat(contract.active()).isTrue();
    }

    /** Staff log into Tasklist; the pages then take that session login (no Basic prompt in a headless browser). */
    private void logInToTasklist(String user) {
        var driver = chromium.driver();
        driver.get(BASE + "/camunda/app/tasklist/");
        chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waitUpTo(20).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("input[type=password]")));
    }

    private void open(String path) {
        chromium.driver().get(BASE + path);
    }

    private void landOn(String path) {
        chromium.waitUpTo(20).until(ExpectedConditions.urlToBe(BASE + path));
    }

    private WebElement visible(By target) {
        return chromium.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    private void type(String id, String text) {
        chromium.driver().findElement(By.id(id)).sendKeys(text);
    }

    private void retype(String id, String text) {
        var field = chromium.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date input's keyboard order follows the browser's locale; its value is always yyyy-mm-dd. */
    private void date(String id, String isoDate) {
        chromium.driver().executeScript("arguments[0].value = arguments[1]",
                chromium.driver().findElement(By.id(id)), isoDate);
    }

    private String value(String id) {
        return chromium.driver().findElement(By.id(id)).getAttribute("value");
    }

    private String text(By target) {
        return chromium.driver().findElement(target).getText();
    }

    /** Submits and waits for the next page, so the checks that follow never read the old one. */
    private void save() {
        WebElement button = chromium.driver().findElement(By.id("save"));
        chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        // Gone from the page = the next page is there. Chrome sometimes answers the staleness probe of a node of
        // the page being replaced with "Node … does not belong to the document" instead of a stale reference:
        // that means the same.
        chromium.waitUpTo(20).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}

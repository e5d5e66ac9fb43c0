package com.maintflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.customer.CustomerViews.ContactView;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer staff pages over plain HTTP (no browser). Who may use them: anonymous callers are asked to log in,
 * readers (engineers) may look but not change, and a change needs the CSRF token of the page's form, since the pages
 * also accept the webapps' session cookie, an ambient credential. And how an edit with empty contact rows in between
 * is read: the desk's problem about its n-th contact lands on the row it was typed in. And a contract's open
 * requests, each linking to its ticket page. On the shared integration-test context, so it costs no extra start-up
 * in the suite.
 */
@MaintFlowIntegrationTest
class CustomerPagesHttpIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort private int port;
    @Autowired private CustomerDesk customers;
    @Autowired private ContractDesk contracts;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;

    @Test
    void anonymousCallersAreAskedForBasicLogin() {
        var answer = new Browser().get("/customers", null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("Basic").contains("realm=\"MaintFlow\""));
    }

    @Test
    void engineersReadCustomersAndContractsWithoutForms() {
        var browser = new Browser();

        var list = browser.get("/customers?q=C-WARRANTY", "eng1");
        var customer = browser.get("/customers/C-WARRANTY", "eng1");
        var contract = browser.get("/contracts/CT-WARRANTY-01", "eng1");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("C-WARRANTY").doesNotContain("id=\"new-customer\"");
        assertThat(customer.statusCode()).isEqualTo(200);
        assertThat(customer.body()).contains("it@warranty.example").doesNotContain("<form");
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(contract.body()).contains("STANDARD").doesNotContain("<form");
    }

    @Test
    void changesNeedTheFormsCsrfTokenAndAWriter() {
        String code = "C-CSRF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var fields = Map.of("code", code, "name", "跨站测试 / CSRF test", "active", "true");
        var browser = new Browser();
        String token = browser.csrfToken("/customers/new", "cs1");

        // no token (a cross-site form cannot know it): refused even for customer service
        assertThat(new Browser().post("/customers", "cs1", fields, Optional.empty()).statusCode()).isEqualTo(403);
        assertThat(browser.post("/customers", "cs1", fields, Optional.of("not-the-token")).statusCode())
                .isEqualTo(403);
        // a valid token, but an engineer: may read, not change
        assertThat(browser.post("/customers", "eng1", fields, Optional.of(token)).statusCode()).isEqualTo(403);
        assertThat(customers.exists(code)).isFalse();

        // the same token for customer service: created, and redirected to the customer's page
        var created = browser.post("/customers", "cs1", fields, Optional.of(token));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/customers/" + code));
        assertThat(customers.view(code).name()).isEqualTo("跨站测试 / CSRF test");
    }

    @Test
    void unknownCustomersAndContractsAreNotFoundPages() {
        var browser = new Browser();

        var customer = browser.get("/customers/C-NO-SUCH-CUSTOMER", "cs1");
        var contract = browser.get("/contracts/CT-NO-SUCH-CONTRACT", "cs1");

        assertThat(customer.statusCode()).isEqualTo(404);
        assertThat(customer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(customer.body()).contains("没有客户").contains("C-NO-SUCH-CUSTOMER");
        assertThat(contract.statusCode()).isEqualTo(404);
        assertThat(contract.body()).contains("没有合同");
    }

    @Test
    void editedContactsSkipEmptyRowsAndProblemsLandOnTheRowTyped() {
        String code = "C-ROWS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        customers.create(new CustomerInput(code, "行号测试 / Row test",
                List.of(new ContactInput("张工", "zhang@rows.example", null)), null));
        var browser = new Browser();
        String token = browser.csrfToken("/customers/" + code, "cs1");
        // row 0 left empty; rows 1 and 2 share an address: the desk names its input's contacts[1], i.e. row 2
        var duplicate = new LinkedHashMap<String, String>();
        duplicate.put("name", "行号测试 / Row test");
        duplicate.put("_active", "on");
        duplicate.put("active", "true");
        duplicate.put("contacts[0].name", "");
        duplicate.put("contacts[0].email", "");
        duplicate.put("contacts[1].name", "王工");
        duplicate.put("contacts[1].email", "wang@rows.example");
        duplicate.put("contacts[2].name", "王工二");
        duplicate.put("contacts[2].email", "WANG@rows.example");

        var refused = browser.post("/customers/" + code, "cs1", duplicate, Optional.of(token));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).containsPattern("id=\"contacts2\\.email-error\">[^<]*该客户已有此邮箱的联系人")
                .doesNotContain("id=\"contacts1.email-error\"")
                .contains("value=\"WANG@rows.example\"").contains("value=\"王工二\"");
        assertThat(customers.view(code).contacts()).extracting(ContactView::email)
                .containsExactly("zhang@rows.example");

        // when: the second address is corrected and the customer deactivated (an unticked box sends only "_active")
        duplicate.remove("active");
        duplicate.put("contacts[2].email", "wang2@rows.example");
        var saved = browser.post("/customers/" + code, "cs1", duplicate, Optional.of(token));

        assertThat(saved.statusCode()).isEqualTo(302);
        var customer = customers.view(code);
        assertThat(customer.contacts()).extracting(ContactView::email)
                .containsExactlyInAnyOrder("wang@rows.example", "wang2@rows.example");
        assertThat(customer.active()).isFalse();
    }

    @Test
    void contractPageListsItsOpenRequestsLinkingToTheirTickets() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "C-OPEN-" + suffix;
        String number = "CT-OPEN-" + suffix;
        String email = "it." + suffix.toLowerCase() + "@open.example";
        customers.create(new CustomerInput(code, "未结请求测试 / Open requests test",
                List.of(new ContactInput("赵工", email, null)), null));
        LocalDate today = LocalDate.now();
        contracts.add(code, new ContractInput(number, "STANDARD", "5x8", today.minusMonths(1), today.plusYears(1),
                today.plusYears(1), new BigDecimal("100000"), new BigDecimal("0.5"), null, null, null, null, null, null, null));
        String ticket = new RequestDriver(engine, intake).submit(code, email);

        var page = new Browser().get("/contracts/" + number, "eng1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/tickets/" + ticket + "\"").contains("月结报表出错");
    }

    /** A cookie-keeping client (so the session holding the CSRF token is kept), Basic per call. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path, String user) {
            return send(request(path, user).GET());
        }

        String csrfToken(String formPath, String user) {
            var page = get(formPath, user);
            var token = CSRF.matcher(page.body());
            assertThat(token.find()).as("CSRF field on %s: %s", formPath, page.body()).isTrue();
            return token.group(1);
        }

        HttpResponse<String> post(String path, String user, Map<String, String> fields, Optional<String> token) {
            var all = new java.util.LinkedHashMap<>(fields);
            token.ifPresent(value -> all.put("_csrf", value));
            String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(request(path, user).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path, String user) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}

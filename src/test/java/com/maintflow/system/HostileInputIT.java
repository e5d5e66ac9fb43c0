package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.IntakeFootprint;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RawHttp;
import com.maintflow.support.RequestJourney;
import com.maintflow.support.Staff;
import com.maintflow.system.HostileIntakeCases.Case;
import com.maintflow.system.HostileIntakeCases.Expect;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated malformed and hostile input over real HTTP: intake JSON, customer link tokens and portal form posts.
 * Nothing answers 5xx; refused input gets a 4xx problem (API) or a 4xx page (customer pages) and stores nothing;
 * hostile but valid text is stored exactly as sent. Each case is its own named test in the report.
 */
@MaintFlowIntegrationTest
class HostileInputIT {

    private static final String REQUESTS = "/api/requests";
    private static final String SCRIPT_TITLE = "<script>alert(1)</script> 修复 😀";
    private static final String CONTACT_EMAIL = "zhang.wei@warranty.example";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    RawHttp http;
    IntakeFootprint footprint;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
        footprint = new IntakeFootprint(jdbc, history);
    }

    @TestFactory
    Stream<DynamicTest> hostileIntakeIsRefusedOrStoredVerbatim() {
        return HostileIntakeCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> intake(c)));
    }

    @TestFactory
    Stream<DynamicTest> hostileLinkTokensGetRefusalPageAndStoreNothing() {
        return linkTokens().entrySet().stream().flatMap(token -> Stream.of(
                DynamicTest.dynamicTest("GET link " + token.getKey(), () -> assertPageRefused(
                        () -> http.get("/links/" + token.getValue()))),
                DynamicTest.dynamicTest("POST link " + token.getKey(), () -> assertPageRefused(
                        () -> http.postForm("/links/" + token.getValue(), Map.of("choice", "APPROVE"),
                                Optional.empty())))));
    }

    @TestFactory
    Stream<DynamicTest> hostilePortalPostsGetFormBackAndStoreNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var invalid : invalidPortalForms().entrySet()) {
            tests.add(DynamicTest.dynamicTest("portal intake " + invalid.getKey(), () -> assertPageRefused(
                    () -> http.submitForm("/portal", "/portal", invalid.getValue()))));
        }
        tests.add(DynamicTest.dynamicTest("portal intake without CSRF token", () -> assertPageRefused(
                () -> http.postForm("/portal", portalForm(Map.of()), Optional.empty()))));
        for (String hostile : HostileIntakeCases.INJECTIONS) {
            tests.add(DynamicTest.dynamicTest("portal status lookup " + HostileIntakeCases.preview(hostile),
                    () -> assertPageRefused(() -> http.submitForm("/portal/status", "/portal/status",
                            Map.of("ticket", hostile, "contactEmail", hostile)))));
        }
        return tests.stream();
    }

    @Test
    void scriptInTitleIsStoredVerbatimAndEscapedOnTheStatusPage() {
        // given
        String ticket = submitted(IntakeBody.valid().with("title", SCRIPT_TITLE));

        // when
        var page = http.submitForm("/portal/status", "/portal/status",
                Map.of("ticket", ticket, "contactEmail", CONTACT_EMAIL));

        // then
        assertThat(footprint.storedTitle(ticket)).isEqualTo(SCRIPT_TITLE);
        assertThat(page.status()).as("%s", abbreviated(page)).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; 修复 😀")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void scriptInTitleComesBackAsJsonStringNeverAsHtml() {
        // given
        String ticket = submitted(IntakeBody.valid().with("title", SCRIPT_TITLE));

        // when
        var view = new MaintFlowApi(port).as(Staff.CS1).get(REQUESTS + "/" + ticket);

        // then: a JSON string, and browsers told not to sniff it into HTML
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.contentType()).startsWith("application/json");
        assertThat(view.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(view.json().path("title").asText()).isEqualTo(SCRIPT_TITLE);
    }

    @Test
    void tenMegabytesChunkedAreRefusedWithPayloadTooLargeBeforeBeingRead() {
        // given
        var before = footprint.now();

        // when
        String raw = http.postChunked(REQUESTS, 10 * 1024 * 1024);

        // then
        assertThat(raw).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"status\":413")
                .doesNotContain("Exception");
        assertThat(footprint.now()).isEqualTo(before);
    }

    private String submitted(IntakeBody body) {
        return new RequestJourney(new MaintFlowApi(port)).submit(body);
    }

    private void intake(Case hostile) {
        // given
        var before = footprint.now();

        // when
        var answer = http.send("POST", REQUESTS, hostile.contentType(), hostile.body().get());

        // then
        assertThat(answer.status()).as("never a server error: %s", abbreviated(answer)).isLessThan(500);
        if (hostile.expect() == Expect.REFUSED) {
            assertThat(answer.status()).as("refused: %s", abbreviated(answer)).isBetween(400, 499);
            assertThat(answer.contentType()).as("problem detail: %s", abbreviated(answer))
                    .startsWith("application/problem+json");
            assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
            assertThat(answer.body()).as("no stack trace").doesNotContain("Exception", "\tat ");
            assertThat(footprint.now()).as("stored after refused input").isEqualTo(before);
        } else {
            assertThat(answer.status()).as("accepted: %s", abbreviated(answer)).isEqualTo(201);
            String ticket = answer.json().path("ticket").asText();
            assertThat(footprint.storedTitle(ticket)).isEqualTo(hostile.storedTitle().orElseThrow());
            assertThat(footprint.now()).isEqualTo(before.plusRequests(1));
        }
    }

    private void assertPageRefused(java.util.function.Supplier<HttpResult> call) {
        var before = footprint.now();

        var answer = call.get();

        assertThat(answer.status()).as("a 4xx page: %s", abbreviated(answer)).isBetween(400, 499);
        assertThat(answer.body()).as("no stack trace").doesNotContain("Exception", "\tat ");
        assertThat(footprint.now()).as("stored after refused input").isEqualTo(before);
    }

    /** Tokens by name, already in URL path form: random, forged, truncated, oversized, traversal, unicode. */
    private static Map<String, String> linkTokens() {
        var random = new SecureRandom();
        byte[] mac = new byte[32];
        random.nextBytes(mac);
        String forgedClaims = BASE64URL.encodeToString("v1|AAAAAAAAAAAAAAAAAAAAAA|MR-2026-000001|QUOTE|4102444800"
                .getBytes(StandardCharsets.UTF_8));
        String forged = forgedClaims + "." + BASE64URL.encodeToString(mac);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("random base64url", BASE64URL.encodeToString(mac));
        tokens.put("forged signature", forged);
        tokens.put("truncated forged token", forged.substring(0, forged.length() / 2));
        tokens.put("claims without signature", forgedClaims + ".");
        tokens.put("three parts", forged + ".extra");
        tokens.put("only a dot", ".");
        tokens.put("invalid base64", "%21%21%21.%21%21%21");
        tokens.put("wrong version claims", BASE64URL.encodeToString("v9|a|b|c|d".getBytes(StandardCharsets.UTF_8))
                + "." + BASE64URL.encodeToString(mac));
        tokens.put("oversized 6000 characters", "A".repeat(6000));
        tokens.put("oversized 20000 characters", "A".repeat(20000));
        tokens.put("path traversal ..", "..%2F..%2Fengine-rest%2Fuser");
        tokens.put("path traversal dot segments", "%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        tokens.put("encoded NUL", "abc%00def");
        tokens.put("encoded CRLF", "abc%0d%0aSet-Cookie:%20x=y");
        tokens.put("Chinese", "%E4%BB%A4%E7%89%8C");
        tokens.put("emoji", "%F0%9F%98%80%F0%9F%94%91");
        tokens.put("invalid UTF-8 percent-encoding", "%C3%28");
        tokens.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        tokens.put("semicolon parameter", "abc;jsessionid=1");
        tokens.put("backslash", "abc%5C..%5Cdef");
        return tokens;
    }

    private static Map<String, Map<String, String>> invalidPortalForms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("all fields empty", Map.of());
        forms.put("script as customer code", portalForm(Map.of("customerCode", "<script>alert(1)</script>")));
        forms.put("SQL as e-mail", portalForm(Map.of("contactEmail", "' OR '1'='1")));
        forms.put("NUL in title", portalForm(Map.of("title", "a\u0000b")));
        forms.put("newline in title", portalForm(Map.of("title", "a\r\nb")));
        forms.put("title of 201 characters", portalForm(Map.of("title", "长".repeat(201))));
        forms.put("description of 20001 characters", portalForm(Map.of("description", "x".repeat(20001))));
        forms.put("unknown customer", portalForm(Map.of("customerCode", "C-NOBODY")));
        forms.put("letters as phone", portalForm(Map.of("contactPhone", "call me 😀")));
        return forms;
    }

    private static Map<String, String> portalForm(Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>();
        IntakeBody.valid().without("channel").fields().forEach((k, v) -> form.put(k, String.valueOf(v)));
        form.putAll(changes);
        return form;
    }

    private static String abbreviated(HttpResult result) {
        String text = result.toString();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

}

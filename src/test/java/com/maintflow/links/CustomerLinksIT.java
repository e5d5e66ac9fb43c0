package com.maintflow.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import com.maintflow.intake.IntakeService;
import com.maintflow.notify.NotificationTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Signed customer links over HTTP (MockMvc) with the real engine and database: every refusal answers its status
 * and leaves process and records exactly as they were; an accepted link answer closes the staff task.
 */
@MaintFlowIntegrationTest
class CustomerLinksIT {

    @Autowired private WebApplicationContext context;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private ActionLinks actionLinks;
    @Autowired private LinkTokens tokens;
    @Autowired private LinkSettings settings;
    @Autowired private JdbcTemplate jdbc;

    private MockMvc mvc;
    private RequestDriver driver;

    @BeforeEach
    void driveLikeTasklist() {
        driver = new RequestDriver(engine, intake);
        // MockMvc on the shared integration-test context (no @AutoConfigureMockMvc, which would start a second one).
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    // --- The contract the mail side calls --------------------------------------------------------------------------

    @Test
    void quoteMailGetsApproveAndDeclineUrlsWhoseTokensVerify() {
        // given
        String ticket = driver.waitingForQuoteAnswer();

        // when
        var links = actionLinks.linksFor(ticket, NotificationTemplate.QUOTE);

        // then
        assertThat(links).containsOnlyKeys("approve", "decline");
        assertThat(links.values()).allSatisfy(url -> {
            assertThat(url).startsWith(settings.baseUrl() + "/links/");
            LinkToken token = tokens.verify(tokenOf(url));
            assertThat(token.ticket()).isEqualTo(ticket);
            assertThat(token.action()).isEqualTo(LinkAction.QUOTE);
        });
        assertThat(actionLinks.linksFor(ticket, NotificationTemplate.READY_FOR_ACCEPTANCE))
                .containsOnlyKeys("accept", "reject");
        assertThat(actionLinks.linksFor(ticket, NotificationTemplate.PLAN_FOR_CONFIRMATION))
                .containsOnlyKeys("confirm", "decline");
        assertThat(actionLinks.linksFor(ticket, NotificationTemplate.REQUEST_CLOSED)).isEmpty();
    }

    // --- Answers that are taken ------------------------------------------------------------------------------------

    @Test
    void quoteApprovedByLinkClosesStaffTaskAndStoresAnswer() throws Exception {
        // given
        String ticket = driver.waitingForQuoteAnswer();
        String token = linkFor(ticket, NotificationTemplate.QUOTE);

        // when: the customer opens the link, then clicks approve
        open(token).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approve\"")))
                // what is being approved is on the page, not only in the mail
                .andExpect(content().string(containsString("<dd>1200.00 CNY</dd>")))
                .andExpect(content().string(containsString("<dd>8 人日 / 8 days</dd>")));
        answer(token, "choice", "approve").andExpect(status().isOk());

        // then
        assertThat(driver.openTasks(ticket, "Task_RecordQuoteAnswer")).isZero();
        assertThat(driver.passed(ticket, "BoundaryEvent_QuoteAnswered")).isTrue();
        assertThat(jdbc.queryForMap("select approved, answered_by from mf_quote where ticket = ?", ticket))
                .containsEntry("APPROVED", true).containsEntry("ANSWERED_BY", RequestDriver.CONTACT_NAME);
        assertThat(usedTokens(ticket)).isEqualTo(1);
    }

    @Test
    void planConfirmedByLinkClosesStaffTask() throws Exception {
        // given
        String ticket = driver.waitingForPlanAnswer();
        String token = linkFor(ticket, NotificationTemplate.PLAN_FOR_CONFIRMATION);
        open(token).andExpect(content().string(containsString("<dd>重构报表 / Rework report</dd>")))
                .andExpect(content().string(containsString("<dd>2026-12-31</dd>")));

        // when
        answer(token, "choice", "confirm").andExpect(status().isOk());

        // then
        assertThat(driver.openTasks(ticket, "Task_RecordPlanAnswer")).isZero();
        assertThat(jdbc.queryForObject("select confirmed from mf_maintenance_plan where ticket = ?", Boolean.class,
                ticket)).isTrue();
    }

    @Test
    void acceptanceRejectedByLinkNeedsReasonAndReturnsToImplementation() throws Exception {
        // given
        String ticket = driver.waitingForAcceptance();
        String token = linkFor(ticket, NotificationTemplate.READY_FOR_ACCEPTANCE);
        Snapshot before = snapshot(ticket);
        open(token).andExpect(content().string(containsString("<dd>补建索引 / Index added</dd>")));

        // when: rejected without a reason
        answer(token, "choice", "reject").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please give the reason")));

        // then: nothing happened, the link still works
        assertThat(snapshot(ticket)).isEqualTo(before);

        // when: rejected with a reason
        answer(token, "choice", "reject", "note", "报表仍超时 / Report still times out").andExpect(status().isOk());

        // then
        assertThat(driver.openTasks(ticket, "Task_RecordAcceptanceAnswer")).isZero();
        assertThat(driver.openTasks(ticket, "Task_ImplementMaintenance")).isOne();
        assertThat(jdbc.queryForMap("select accepted, note from mf_acceptance_round where ticket = ?", ticket))
                .containsEntry("ACCEPTED", false).containsEntry("NOTE", "报表仍超时 / Report still times out");
    }

    @Test
    void acceptedByLinkThenRatedValidatesRatingAndOpinion() throws Exception {
        // given: accepted through the link, whose thank-you page offers the rating link
        String ticket = driver.waitingForAcceptance();
        String page = answer(linkFor(ticket, NotificationTemplate.READY_FOR_ACCEPTANCE), "choice", "accept")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String ratingToken = tokenOf(page.substring(page.indexOf("/links/"), page.indexOf('"', page.indexOf("/links/"))));
        Snapshot before = snapshot(ticket);

        // when / then: out of range, and too long an opinion, each shown next to its field, nothing stored
        answer(ratingToken, "choice", "rate", "satisfaction", "7").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5")));
        answer(ratingToken, "choice", "rate", "satisfaction", "4", "opinion", "好".repeat(4001))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("At most 4000 characters")));
        assertThat(snapshot(ticket)).isEqualTo(before);

        // when
        answer(ratingToken, "choice", "rate", "satisfaction", "4", "opinion", "很好 / Good").andExpect(status().isOk());

        // then
        assertThat(driver.openTasks(ticket, "Task_RecordCustomerOpinion")).isZero();
        assertThat(jdbc.queryForMap("select satisfaction, opinion from mf_customer_opinion where ticket = ?", ticket))
                .containsEntry("SATISFACTION", 4).containsEntry("OPINION", "很好 / Good");
    }

    // --- Refusals: status code, and nothing changed ----------------------------------------------------------------

    @Test
    void tamperedLinkIsForbiddenAndChangesNothing() throws Exception {
        // given: a valid link whose claims are rewritten to another ticket, and one with a broken signature
        String ticket = driver.waitingForQuoteAnswer();
        String token = linkFor(ticket, NotificationTemplate.QUOTE);
        String otherTicket = withClaimsReplaced(token, ticket, "MR-2099-999999");
        String badSignature = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Snapshot before = snapshot(ticket);

        // when / then
        for (String tampered : List.of(otherTicket, badSignature, "not-a-token")) {
            open(tampered).andExpect(status().isForbidden());
            answer(tampered, "choice", "approve").andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("data-reason=\"TAMPERED\"")));
        }
        assertThat(snapshot(ticket)).isEqualTo(before);
    }

    @Test
    void expiredLinkIsGoneAndChangesNothing() throws Exception {
        // given
        String ticket = driver.waitingForQuoteAnswer();
        String token = linkFor(ticket, NotificationTemplate.QUOTE);
        Snapshot before = snapshot(ticket);

        // when: a second past the validity, on the engine clock
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(settings.validity()).plus(Duration.ofSeconds(2))));

        // then
        open(token).andExpect(status().isGone());
        answer(token, "choice", "approve").andExpect(status().isGone());
        assertThat(snapshot(ticket)).isEqualTo(before);
    }

    @Test
    void replayedLinkConflictsAndKeepsFirstAnswer() throws Exception {
        // given
        String ticket = driver.waitingForAcceptance();
        String token = linkFor(ticket, NotificationTemplate.READY_FOR_ACCEPTANCE);
        answer(token, "choice", "reject", "note", "仍有错误 / Still wrong").andExpect(status().isOk());
        // staff implement again, so the process waits for an acceptance answer once more
        driver.complete(ticket, "Task_ImplementMaintenance", "eng1", Map.of("rootCause", "缓存 / Cache",
                "solution", "清缓存 / Cache cleared", "hoursSpent", 1.0));
        Snapshot before = snapshot(ticket);

        // when: the old link is used again
        open(token).andExpect(status().isConflict());
        answer(token, "choice", "accept").andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-reason=\"ALREADY_USED\"")));

        // then
        assertThat(snapshot(ticket)).isEqualTo(before);
        assertThat(driver.openTasks(ticket, "Task_RecordAcceptanceAnswer")).isOne();
    }

    @Test
    void linkForAnotherStepConflictsAndChangesNothing() throws Exception {
        // given: the process waits for the quote answer, the link answers acceptance
        String ticket = driver.waitingForQuoteAnswer();
        String token = linkFor(ticket, NotificationTemplate.READY_FOR_ACCEPTANCE);
        Snapshot before = snapshot(ticket);

        // when / then
        open(token).andExpect(status().isConflict());
        answer(token, "choice", "accept").andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-reason=\"NOT_WAITING\"")));
        assertThat(snapshot(ticket)).isEqualTo(before);
    }

    @Test
    void staffAnswerInTasklistMakesTheLinkConflict() throws Exception {
        // given
        String ticket = driver.waitingForQuoteAnswer();
        String token = linkFor(ticket, NotificationTemplate.QUOTE);

        // when: customer service records the answer first
        driver.complete(ticket, "Task_RecordQuoteAnswer", "cs1", Map.of("quoteApproved", false));
        Snapshot before = snapshot(ticket);

        // then
        answer(token, "choice", "approve").andExpect(status().isConflict());
        assertThat(snapshot(ticket)).isEqualTo(before);
        assertThat(jdbc.queryForMap("select approved, answered_by from mf_quote where ticket = ?", ticket))
                .containsEntry("APPROVED", false).containsEntry("ANSWERED_BY", "cs1");
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    /** What a refused link must not change: open tasks, timeline, records, used tokens. */
    private record Snapshot(List<String> openTasks, int timelineEntries, int usedTokens, List<Object> quoteAnswers,
                            int acceptanceRounds, int opinions, List<Object> planAnswers) {
    }

    private Snapshot snapshot(String ticket) {
        List<String> openTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket).list()
                .stream().map(t -> t.getTaskDefinitionKey()).sorted().toList();
        return new Snapshot(openTasks, count("mf_timeline_entry", ticket), usedTokens(ticket),
                jdbc.queryForList("select approved from mf_quote where ticket = ? order by id", Object.class, ticket),
                count("mf_acceptance_round", ticket), count("mf_customer_opinion", ticket),
                jdbc.queryForList("select confirmed from mf_maintenance_plan where ticket = ? order by id", Object.class,
                        ticket));
    }

    private int usedTokens(String ticket) {
        return count("mf_used_link_token", ticket);
    }

    private int count(String table, String ticket) {
        return jdbc.queryForObject("select count(*) from " + table + " where ticket = ?", Integer.class, ticket);
    }

    private String linkFor(String ticket, NotificationTemplate template) {
        return tokenOf(actionLinks.linksFor(ticket, template).values().iterator().next());
    }

    private ResultActions open(String token) throws Exception {
        return mvc.perform(get("/links/{token}", token));
    }

    /** Posts the link form as the browser would, without any CSRF token: the link's own token is the capability. */
    private ResultActions answer(String token, String... fields) throws Exception {
        var request = post("/links/{token}", token);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private static String tokenOf(String url) {
        String path = url.substring(url.indexOf("/links/") + "/links/".length());
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The token with {@code from} replaced in its (base64url) claims, keeping the original signature. */
    private static String withClaimsReplaced(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).replace(from, to);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1];
    }
}

package com.maintflow.intake;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import com.maintflow.support.Staff;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/requests} over HTTP: intake, the staff view, and rejected input that leaves nothing behind. */
@MaintFlowIntegrationTest
class IntakeApiIT extends HttpJourneyTest {

    private static final String REQUESTS = "/api/requests";

    /**
     * What a rejected intake must not leave behind: a register row, a used ticket number, timeline entries or
     * notifications without a request, a started process instance. Started instances are counted in history,
     * which only grows: an instance ending elsewhere (the archive job, a timer) cannot disturb the count.
     */
    record Stored(long requests, long ticketNumbersIssued, long orphanTimelineEntries, long orphanNotifications,
                  long startedInstances) {
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService historyService;

    @Autowired
    IntakeService intake;


    @Test
    void anonymousSubmissionAnswersCreatedWithTicketAndLocation() {
        // when
        var created = api.anonymous().postJson(REQUESTS, IntakeBody.valid().fields());

        // then
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        var body = created.json();
        String ticket = body.path("ticket").asText();
        assertThat(ticket).matches("MR-\\d{4}-\\d{6}");
        assertThat(body.path("processInstanceId").asText()).isNotBlank();
        assertThat(body.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(REQUESTS + "/" + ticket));
    }

    @Test
    void staffSeesSubmittedRequestWaitingForCustomerServiceReview() {
        // given
        String ticket = journey.submit(IntakeBody.valid());

        // when
        var view = journey.view(ticket);

        // then
        assertThat(view.path("ticket").asText()).isEqualTo(ticket);
        assertThat(view.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(view.path("customerCode").asText()).isEqualTo(IntakeBody.CUSTOMER_IN_WARRANTY);
        assertThat(view.path("withinFreePeriod").asBoolean()).isTrue();
        var openTasks = view.path("openTasks");
        assertThat(openTasks).hasSize(1);
        assertThat(openTasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(RequestJourney.REVIEW);
        assertThat(texts(openTasks.get(0).path("candidateGroups"))).containsExactly("customer-service");
        assertThat(events(view)).contains("RECEIVED", "NOTIFICATION_REQUEST_RECEIVED");
    }

    @Test
    void requestRaisedByAnotherServiceProcessNamesItsOrigin() {
        // when: an inspection finding becomes a request
        String ticket = intake.submitFrom("IN-CT-WARRANTY-01-2026-12", new IntakeCommand(
                IntakeBody.CUSTOMER_IN_WARRANTY, "王工 / Engineer Wang", "it@warranty.example", null, "INSPECTION",
                "ERP", "巡检发现：磁盘将满 / Inspection: disk nearly full", "剩余 5% / 5 % left")).ticket();

        // then
        var view = journey.view(ticket);
        assertThat(view.path("channel").asText()).isEqualTo("INSPECTION");
        assertThat(view.path("origin").asText()).isEqualTo("IN-CT-WARRANTY-01-2026-12");
        assertThat(journey.view(journey.submit(IntakeBody.valid())).path("origin").isNull()).isTrue();
    }

    @Test
    void longestAllowedDescriptionIsStoredWhole() {
        // given: 20,000 characters, five times what Camunda's variable columns hold
        String description = "导出报表时报错，附日志。".repeat(1666) + "末尾";

        // when
        String ticket = journey.submit(IntakeBody.valid().with("description", description));

        // then
        assertThat(journey.view(ticket).path("description").asText()).isEqualTo(description);
    }

    @Test
    void requestWithoutRequiredFieldsIsRejectedAndNothingStored() {
        var body = IntakeBody.valid().without("customerCode", "contactName", "contactEmail", "system", "title",
                "description");

        var problem = assertRejectedWithoutStoring(() -> api.anonymous().postJson(REQUESTS, body.fields()), 400);

        assertThat(errorFields(problem)).containsExactlyInAnyOrder("customerCode", "contactName", "contactEmail",
                "system", "title", "description");
    }

    @Test
    void titleOverTwoHundredCharactersIsRejectedAndNothingStored() {
        var body = IntakeBody.valid().with("title", "长".repeat(201));

        var problem = assertRejectedWithoutStoring(() -> api.anonymous().postJson(REQUESTS, body.fields()), 400);

        assertThat(errorFields(problem)).containsExactly("title");
    }

    @Test
    void malformedEmailIsRejectedAndNothingStored() {
        var body = IntakeBody.valid().with("contactEmail", "zhang.wei at warranty.example");

        var problem = assertRejectedWithoutStoring(() -> api.anonymous().postJson(REQUESTS, body.fields()), 400);

        assertThat(errorFields(problem)).containsExactly("contactEmail");
    }

    @Test
    void unknownChannelIsRejectedAndNothingStored() {
        var body = IntakeBody.valid().with("channel", "FAX");

        var problem = assertRejectedWithoutStoring(() -> api.anonymous().postJson(REQUESTS, body.fields()), 400);

        assertThat(errorFields(problem)).containsExactly("channel");
    }

    @Test
    void malformedJsonIsRejectedAndNothingStored() {
        assertRejectedWithoutStoring(
                () -> api.anonymous().post(REQUESTS, "application/json", "{\"customerCode\": \"C-WARRANTY\","), 400);
    }

    @Test
    void unknownCustomerIsUnprocessableAndNothingStored() {
        var body = IntakeBody.validFor("C-NOBODY");

        var problem = assertRejectedWithoutStoring(() -> api.anonymous().postJson(REQUESTS, body.fields()), 422);

        assertThat(errorFields(problem)).first().isEqualTo("customerCode");
    }

    @Test
    void plainTextBodyIsUnsupportedAndNothingStored() {
        assertRejectedWithoutStoring(
                () -> api.anonymous().post(REQUESTS, "text/plain", "Please fix the month-end report"), 415);
    }

    @Test
    void unknownTicketIsNotFound() {
        var missing = api.as(Staff.CS1).get(REQUESTS + "/MR-1999-999999");

        assertProblem(missing, 404);
    }

    @Test
    void malformedTicketIsBadRequestNamingTheTicket() {
        var malformed = api.as(Staff.CS1).get(REQUESTS + "/ticket-42");

        var problem = assertProblem(malformed, 400);
        assertThat(errorFields(problem)).containsExactly("ticket");
    }

    /** Sends the call, asserts a problem answer with {@code status}, and that no row or process was added. */
    private JsonNode assertRejectedWithoutStoring(Supplier<HttpResult> call, int status) {
        // given
        var before = stored();

        // when
        var answer = call.get();

        // then
        var problem = assertProblem(answer, status);
        assertThat(stored()).as("stored after rejected intake").isEqualTo(before);
        return problem;
    }

    private Stored stored() {
        return new Stored(
                count("select count(*) from mf_maintenance_request"),
                count("select coalesce(sum(last_number), 0) from mf_ticket_counter"),
                count(orphansOf("mf_timeline_entry")),
                count(orphansOf("mf_notification")),
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey(IntakeService.PROCESS_KEY)
                        .count());
    }

    private static String orphansOf(String tableKeyedByTicket) {
        return "select count(*) from " + tableKeyedByTicket + " e where not exists"
                + " (select 1 from mf_maintenance_request r where r.ticket = e.ticket)";
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static List<String> events(JsonNode view) {
        return StreamSupport.stream(view.path("timeline").spliterator(), false)
                .map(entry -> entry.path("event").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

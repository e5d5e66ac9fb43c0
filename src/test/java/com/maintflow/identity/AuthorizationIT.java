package com.maintflow.identity;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.FormInputs;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import com.maintflow.support.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over real HTTP: MaintFlow's {@code /api} by staff group, Camunda's
 * {@code /engine-rest} by the engine's task authorizations (a task belongs to its candidate group).
 */
@MaintFlowIntegrationTest
class AuthorizationIT extends HttpJourneyTest {


    @Test
    void anonymousCannotReadRequest() {
        String ticket = journey.submit(IntakeBody.valid());

        var answer = api.anonymous().get("/api/requests/" + ticket);

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void anonymousCannotUseEngineRest() {
        var answer = api.anonymous().get("/engine-rest/task");

        assertThat(answer.status()).as("%s", answer).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        String ticket = journey.submit(IntakeBody.valid());

        var answer = api.withBasic(Staff.TRN1.userId(), "not-the-password").get("/api/requests/" + ticket);

        assertProblem(answer, 401);
    }

    @Test
    void engineerCannotReadArchive() {
        String ticket = journey.submit(IntakeBody.valid());

        var answer = api.as(Staff.ENG1).get("/api/archive/" + ticket);

        assertProblem(answer, 403);
    }

    @Test
    void engineerDoesNotSeeCustomerServiceTasks() {
        String ticket = journey.submit(IntakeBody.valid());

        var engineerTasks = journey.tasksVisibleTo(Staff.ENG1, ticket);

        assertThat(engineerTasks).isEmpty();
        assertThat(journey.taskVisibleTo(Staff.CS1, ticket, RequestJourney.REVIEW)).isPresent();
    }

    @Test
    void engineerCannotCompleteCustomerServiceTask() {
        // given
        String ticket = journey.submit(IntakeBody.valid());
        String reviewTaskId = reviewTaskOf(ticket).path("id").asText();

        // when
        var answer = api.as(Staff.ENG1).postJson("/engine-rest/task/" + reviewTaskId + "/complete",
                Map.of("variables", FormInputs.reviewImmediateDefect()));

        // then: Camunda refuses with its AuthorizationException, and the review still waits
        assertThat(answer.status()).as("%s", answer).isEqualTo(403);
        assertThat(answer.json().path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(openTaskKeys(ticket)).containsExactly(RequestJourney.REVIEW);
        assertThat(journey.view(ticket).path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void customerServiceReviewsThenEngineerImplements() {
        // given
        String ticket = journey.submit(IntakeBody.valid());

        // when: customer service submits the review form of the task it sees
        var reviewed = journey.submitForm(Staff.CS1, reviewTaskOf(ticket).path("id").asText(),
                FormInputs.reviewImmediateDefect());

        // then: the implementation task is the engineers'
        assertThat(reviewed.status()).as("%s", reviewed).isEqualTo(204);
        assertThat(journey.taskVisibleTo(Staff.CS1, ticket, RequestJourney.IMPLEMENT)).isEmpty();
        var implementation = journey.taskVisibleTo(Staff.ENG1, ticket, RequestJourney.IMPLEMENT).orElseThrow();

        // when: the engineer submits the maintenance record
        var implemented = journey.submitForm(Staff.ENG1, implementation.path("id").asText(),
                FormInputs.implementation());

        // then: it waits for customer service to record the acceptance
        assertThat(implemented.status()).as("%s", implemented).isEqualTo(204);
        var view = journey.view(ticket);
        assertThat(view.path("status").asText()).isEqualTo("IMPLEMENTED");
        assertThat(view.path("charging").asText()).isEqualTo("FREE");
        assertThat(openTaskKeys(ticket)).containsExactly(RequestJourney.RECORD_ACCEPTANCE);
    }

    private JsonNode reviewTaskOf(String ticket) {
        return journey.taskVisibleTo(Staff.CS1, ticket, RequestJourney.REVIEW)
                .orElseThrow(() -> new AssertionError("cs1 sees no review task for " + ticket));
    }

    private List<String> openTaskKeys(String ticket) {
        return journey.view(ticket).path("openTasks").findValuesAsText("taskDefinitionKey");
    }
}

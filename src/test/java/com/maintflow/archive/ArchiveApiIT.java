package com.maintflow.archive;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.FormInputs;
import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request from intake to the sealed archive through HTTP only; the asynchronous archive step is run
 * by the real job executor.
 */
@MaintFlowIntegrationTest
class ArchiveApiIT extends HttpJourneyTest {

    /** Generous: the job executor is told about the new job on commit, so it usually runs within a second. */
    private static final Duration ARCHIVE_TIMEOUT = Duration.ofSeconds(60);


    @Test
    void requestHandledOverHttpIsArchivedWithItsRecordsAndVerifies() {
        // given: a free request reviewed as immediate, implemented, accepted and confirmed
        String ticket = journey.submit(IntakeBody.validFor(IntakeBody.CUSTOMER_IN_WARRANTY));
        journey.review(ticket);
        journey.implement(ticket);
        journey.recordAcceptance(ticket, true);
        journey.recordOpinion(ticket);
        journey.writeSummary(ticket);
        journey.confirmClosure(ticket);
        journey.confirmArchiving(ticket);

        // when: the job executor has run the archive step
        var archived = awaitArchive(ticket);

        // then: the sealed record holds the records and the timeline, and its hash checks out
        var archive = archived.json();
        assertThat(archive.path("ticket").asText()).isEqualTo(ticket);
        assertThat(archive.path("sha256").asText()).matches("[0-9a-f]{64}");
        var content = archive.path("content");
        assertThat(content.path("request").path("charging").asText()).isEqualTo("FREE");
        assertThat(content.path("maintenanceRecords")).hasSize(1);
        var record = content.path("maintenanceRecords").get(0);
        assertThat(record.path("rootCause").asText()).isEqualTo(FormInputs.ROOT_CAUSE);
        assertThat(record.path("solution").asText()).isEqualTo(FormInputs.SOLUTION);
        assertThat(record.path("engineer").asText()).isEqualTo(Staff.ENG1.userId());
        assertThat(content.path("feedbackSheets").get(0).path("reviewedBy").asText()).isEqualTo(Staff.CS1.userId());
        assertThat(content.path("maintenanceSummary").path("summary").asText()).isEqualTo(FormInputs.SUMMARY);
        assertThat(content.path("timeline").findValuesAsText("event")).containsSubsequence(
                "RECEIVED", "REVIEWED", "CHARGING_DECIDED", "IMPLEMENTED", "ACCEPTED", "OPINION_RECORDED",
                "SUMMARIZED", "CLOSED", "ARCHIVED");
        assertThat(operationUsers(content)).contains(Staff.CS1.userId(), Staff.ENG1.userId());

        var verification = api.as(Staff.DOC1).get("/api/archive/" + ticket + "/verify");
        assertThat(verification.status()).as("%s", verification).isEqualTo(200);
        assertThat(verification.json().path("valid").asBoolean()).isTrue();
        assertThat(verification.json().path("sha256").asText()).isEqualTo(archive.path("sha256").asText());

        var view = journey.view(ticket);
        assertThat(view.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(view.path("openTasks")).isEmpty();
    }

    @Test
    void requestNotYetArchivedIsNotFoundInArchive() {
        String ticket = journey.submit(IntakeBody.valid());

        var answer = api.as(Staff.DOC1).get("/api/archive/" + ticket);

        assertProblem(answer, 404);
    }

    private HttpResult awaitArchive(String ticket) {
        return await().atMost(ARCHIVE_TIMEOUT)
                .until(() -> api.as(Staff.DOC1).get("/api/archive/" + ticket), answer -> answer.status() == 200);
    }

    /** Who appears in the audit trail's user operations (Camunda's operation log). */
    private static List<String> operationUsers(JsonNode content) {
        return content.path("auditTrail").path("operations").findValuesAsText("userId");
    }
}

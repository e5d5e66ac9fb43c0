package com.maintflow.sla;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code PUT /api/requests/{ticket}/classification} over HTTP: who may, what is refused, what changes. */
@MaintFlowIntegrationTest
class ReclassificationApiIT extends HttpJourneyTest {

    private static final Map<String, String> CRITICAL = Map.of("severity", "CRITICAL", "serviceKind", "DEFECT",
            "reason", "生产系统停机 / Production is down");

    @Autowired
    TaskService taskService;

    @Test
    void customerServiceReclassifiesAReviewedRequestAndTheTimelineSaysWhy() {
        // given
        String ticket = journey.submit(IntakeBody.validFor("C-PREMIUM"));
        journey.review(ticket);

        // when
        HttpResult result = reclassifyAs(Staff.CS1, ticket, CRITICAL);

        // then
        assertThat(result.status()).as(result.body()).isEqualTo(204);
        var view = journey.view(ticket);
        assertThat(view.path("classification").path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(view.toString()).contains("RECLASSIFIED");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ticket).list()).isNotEmpty()
                .allSatisfy(task -> assertThat(taskService.getVariableLocal(task.getId(), "severity"))
                        .as("Tasklist's list column").isEqualTo("CRITICAL"));
    }

    @Test
    void unknownSeverityIsABadRequestNamingTheField() {
        String ticket = journey.submit(IntakeBody.validFor("C-PREMIUM"));
        journey.review(ticket);

        var problem = assertProblem(reclassifyAs(Staff.SUP1, ticket,
                Map.of("severity", "APOCALYPTIC", "serviceKind", "DEFECT", "reason", "?")), 400);

        assertThat(errorFields(problem)).contains("severity");
    }

    @Test
    void unknownTicketIsNotFoundAndAnUnreviewedRequestIsAConflict() {
        assertProblem(reclassifyAs(Staff.CS1, "MR-1999-000001", CRITICAL), 404);
        assertProblem(reclassifyAs(Staff.CS1, journey.submit(IntakeBody.validFor("C-PREMIUM")), CRITICAL), 409);
    }

    @Test
    void engineersMayNotReclassify() {
        assertProblem(reclassifyAs(Staff.ENG1, "MR-1999-000001", CRITICAL), 403);
    }

    private HttpResult reclassifyAs(Staff staff, String ticket, Map<String, String> body) {
        return api.as(staff).putJson("/api/requests/" + ticket + "/classification", body);
    }
}

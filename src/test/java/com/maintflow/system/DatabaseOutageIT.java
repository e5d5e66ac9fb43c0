package com.maintflow.system;

import static com.maintflow.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.IntakeFootprint;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake while the database is unreachable: 503 with Retry-After and no stack trace, nothing half-created, and
 * normal service once the database is back. The outage is switched on for exactly one request.
 */
@MaintFlowIntegrationTest
@Import(SwitchableDataSource.Wiring.class)
class DatabaseOutageIT {

    private static final String REQUESTS = "/api/requests";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    RuntimeService runtime;

    MaintFlowApi api;
    IntakeFootprint footprint;

    @BeforeEach
    void connect() {
        api = new MaintFlowApi(port).anonymous();
        footprint = new IntakeFootprint(jdbc, history);
    }

    @Test
    void intakeAnswersServiceUnavailableWithRetryAfterWhileDatabaseIsDown() {
        // given
        var before = footprint.now();
        long incidentsBefore = runtime.createIncidentQuery().count();

        // when
        var answer = duringOutage(() -> api.postJson(REQUESTS, IntakeBody.valid().fields()));

        // then
        var problem = assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).hasValue("30");
        assertThat(problem.path("detail").asText()).doesNotContain("Hikari", "SQL");
        assertThat(footprint.now()).as("nothing stored during the outage").isEqualTo(before);
        assertThat(footprint.halfCreated()).as("requests without process or processes without request").isZero();
        assertThat(runtime.createIncidentQuery().count()).isEqualTo(incidentsBefore);
    }

    @Test
    void intakeWorksAgainOnceDatabaseIsBack() {
        // given: one refused intake during an outage
        duringOutage(() -> api.postJson(REQUESTS, IntakeBody.valid().fields()));
        var before = footprint.now();

        // when
        var created = api.postJson(REQUESTS, IntakeBody.valid().fields());

        // then
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(footprint.now()).isEqualTo(before.plusRequests(1));
        assertThat(footprint.halfCreated()).isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    private <T> T duringOutage(java.util.function.Supplier<T> call) {
        var switchable = (SwitchableDataSource) dataSource;
        switchable.goDown();
        try {
            return call.get();
        } finally {
            switchable.comeBack();
        }
    }
}

package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.archive.Archives;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.ClockMovingIntegrationTest;
import com.maintflow.support.RequestDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's history does not grow without bound: history cleanup is scheduled in a night window and removes an
 * archived request's process history once its time-to-live (P1825D on the maintenance request and its SLA
 * escalations) has passed, while the sealed archive bundle stays and still verifies.
 */
@ClockMovingIntegrationTest
class HistoryCleanupIT {

    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private Archives archives;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void cleanupIsScheduledInTheNightWindowInBatches() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
        assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void archivedRequestsHistoryGoesAfterItsTimeToLiveAndTheArchiveStays() {
        // given: a request archived now, and one archived four years later
        var requests = new RequestDriver(engine, intake);
        Instant now = Instant.now();
        String old = archivedRequest(requests, now, RequestDriver.IN_WARRANTY, "it@warranty.example");
        // (7x24: a 5x8 calendar has no holidays file for that year yet)
        String recent = archivedRequest(requests, now.plus(Duration.ofDays(4 * 365)), "C-PREMIUM",
                "ops@premium.example");
        assertThat(history(old)).isEqualTo(2); // the request and its response-clock escalation

        // when: five years and a day after the first, the cleanup job runs
        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(1826))));
        var cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(cleanup.getId());

        // then: the old request's process history is gone, the recent one's stays, both archives verify
        assertThat(history(old)).isZero();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(old)
                .count()).isZero();
        assertThat(history(recent)).isPositive();
        assertThat(archives.verify(old).valid()).isTrue();
        assertThat(archives.verify(recent).valid()).isTrue();
    }

    private static String archivedRequest(RequestDriver requests, Instant at, String customer, String contact) {
        ClockUtil.setCurrentTime(Date.from(at));
        String ticket = requests.submit(customer, contact);
        requests.review(ticket, "NO_MAINTENANCE", "CONSULTATION");
        requests.archive(ticket);
        return ticket;
    }

    private long history(String ticket) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ticket)
                .count();
    }
}

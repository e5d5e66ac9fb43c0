package com.maintflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.MaintFlowIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running engine acquires jobs by due date, with the tuned executor, and has the due-date indexes (jobs; tasks in
 * Tasklist's order) to do it cheaply.
 */
@MaintFlowIntegrationTest
class JobExecutorSettingsIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    EngineIndexes index;

    @Test
    void jobsAreAcquiredByDueDateWithTheTunedExecutor() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var executor = configuration.getJobExecutor();

        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(executor.getWaitTimeInMillis()).isEqualTo(500);
        assertThat(executor.getMaxWait()).isEqualTo(2000);
        assertThat(executor.getMaxJobsPerAcquisition()).isEqualTo(10);
        assertThat(executor.getLockTimeInMillis()).isEqualTo(120_000);
    }

    @Test
    void dueDateIndexesExistAndCreatingThemAgainChangesNothing() throws Exception {
        for (var expected : EngineIndexes.ALL) {
            assertThat(index.existingIndex(expected)).hasValueSatisfying(name ->
                    assertThat(name).isEqualToIgnoringCase(expected.name()));
        }

        index.ensureIndexes();

        for (var expected : EngineIndexes.ALL) {
            assertThat(index.existingIndex(expected)).hasValueSatisfying(name ->
                    assertThat(name).isEqualToIgnoringCase(expected.name()));
        }
    }
}

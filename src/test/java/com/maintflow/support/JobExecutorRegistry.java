package com.maintflow.support;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * Every job executor of the application contexts a test JVM holds. Spring caches one context per distinct test
 * configuration and keeps it running, so while one test class runs, the job executors of the cached contexts go on
 * acquiring jobs from the same database; {@link PausedJobExecutors} uses this registry to stop them. A test-only
 * component: the application's component scan picks it up in every test context.
 */
@Component
public class JobExecutorRegistry {

    private static final Set<JobExecutor> EXECUTORS = ConcurrentHashMap.newKeySet();

    private final JobExecutor executor;

    // The engine, not its configuration: the configuration bean exists before the engine gives it an executor.
    JobExecutorRegistry(ProcessEngine engine) {
        this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor != null) {
            EXECUTORS.add(executor);
        }
    }

    @PreDestroy
    void contextClosed() {
        if (executor != null) {
            EXECUTORS.remove(executor);
        }
    }

    /** Shuts down every running job executor and returns them, to be started again afterwards. */
    static List<JobExecutor> shutDownActive() {
        List<JobExecutor> stopped = new ArrayList<>();
        for (JobExecutor each : EXECUTORS) {
            if (each.isActive()) {
                each.shutdown();
                stopped.add(each);
            }
        }
        return stopped;
    }

    static boolean registered(JobExecutor executor) {
        return EXECUTORS.contains(executor);
    }
}

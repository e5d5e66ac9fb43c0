package com.maintflow.support;

import java.util.List;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * For test classes that run jobs themselves (or move the engine clock): no job executor of any cached application
 * context may acquire the same jobs meanwhile. Disabling the executor in the test's own context is not enough; a
 * cached context's executor took the archive job of HistoryCleanupIT and made the test's own execution fail with
 * an optimistic-locking error on MariaDB. The executors run again after the class.
 */
public class PausedJobExecutors implements BeforeAllCallback, AfterAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(PausedJobExecutors.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getUniqueId(), JobExecutorRegistry.shutDownActive());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        var stopped = (List<JobExecutor>) context.getStore(NAMESPACE).remove(context.getUniqueId());
        if (stopped == null) {
            return;
        }
        for (JobExecutor each : stopped) {
            // A context closed in between (Spring's cache is bounded) took its executor with it.
            if (JobExecutorRegistry.registered(each)) {
                each.start();
            }
        }
    }
}

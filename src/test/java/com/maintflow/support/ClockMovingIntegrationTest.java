package com.maintflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application over HTTP, for tests that move the engine clock (ClockUtil) by days or years: the
 * job executor is off, so it cannot fire every SLA timer of the database at the moved time and race the
 * test's own task completions, and the job executors of the other cached contexts pause meanwhile
 * ({@link PausedJobExecutors}). These tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@ExtendWith(PausedJobExecutors.class)
@ExcludeFromProcessCoverage
public @interface ClockMovingIntegrationTest {
}

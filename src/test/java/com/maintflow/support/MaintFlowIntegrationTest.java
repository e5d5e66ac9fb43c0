package com.maintflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port: real engine, job executor, database and HTTP. No profile is
 * named here: Failsafe sets {@code spring.profiles.active} ({@code test}, or {@code test,mysql} under
 * {@code -Pmysql}), so the same suite runs on H2 and on MySQL/MariaDB. Every IT uses this one
 * annotation, so they share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// Process coverage is measured and gated by the process tests; HTTP tests would only add empty reports.
@ExcludeFromProcessCoverage
public @interface MaintFlowIntegrationTest {
}

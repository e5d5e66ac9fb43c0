package com.maintflow.bench;

import com.maintflow.MaintFlowApplication;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The whole application started in this JVM, as it runs for real (HTTP on a free loopback port, Camunda, Flyway,
 * demo data of the test profile), on one {@link BenchDatabase}. Start-up is timed from the call to
 * {@code SpringApplication.run} to {@link ApplicationReadyEvent}.
 */
final class RunningMaintFlow implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Duration startup;

    private RunningMaintFlow(ConfigurableApplicationContext context, Duration startup) {
        this.context = context;
        this.startup = startup;
    }

    static RunningMaintFlow start(BenchDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("server.port", 0);
        // The benchmark runs the asynchronous archive step itself, so its time is measured as a step of its own
        // and no executor thread competes with the measured calls. SLA timers are hours ahead anyway.
        properties.put("camunda.bpm.job-execution.enabled", false);
        properties.put("logging.level.root", "WARN");
        long[] readyAt = new long[1];
        long launched = System.nanoTime();
        var context = new SpringApplicationBuilder(MaintFlowApplication.class)
                .profiles(database.profiles())
                .listeners(event -> {
                    // A lambda listener gets every event (its type argument is erased), hence the check.
                    if (event instanceof ApplicationReadyEvent) {
                        readyAt[0] = System.nanoTime();
                    }
                })
                // As command-line arguments: SpringApplicationBuilder.properties() would be defaults, which
                // config/application*.yml override.
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new RunningMaintFlow(context, Duration.ofNanos(readyAt[0] - launched));
    }

    Duration startup() {
        return startup;
    }

    /** For sections that look up beans by themselves (the knowledge evaluation). */
    BeanFactory beans() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Waits until Spring's async executor has delivered the notifications raised so far (each intake queues mail
     * deliveries after commit), so one section's backlog does not slow down the next one's measurement.
     */
    void awaitQuiet(Duration atMost) throws InterruptedException {
        var executor = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline
                && (executor.getActiveCount() > 0 || executor.getThreadPoolExecutor().getQueue().size() > 0)) {
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

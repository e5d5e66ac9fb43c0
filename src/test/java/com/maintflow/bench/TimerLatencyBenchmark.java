package com.maintflow.bench;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.LoggerFactory;

/**
 * How late do timers fire? Creates 10,000 timers due within one minute and lets the job executor fire them,
 * once with Camunda's defaults and once with our settings from {@code config/application.yml}, in the same run
 * on the same machine. Prints a table and writes {@code target/bench/timers.json}. Not a test: run it with
 * {@code mvn -B -DskipLint=true -Pbench test-compile exec:java -Dbench.suite=timers} (docs/benchmarks.md, "How to run the benchmarks and drills").
 */
public final class TimerLatencyBenchmark {

    static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
    static final long WINDOW_MILLIS = 60_000;
    /** Bounded run: whatever has not fired this long after the last due date is reported as unfired. */
    static final long GRACE_MILLIS = 90_000;

    private TimerLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        var tuned = TunedSettings.read(Path.of("config/application.yml"));

        List<TimerRun.Result> results = new ArrayList<>();
        results.add(run("camunda-defaults", new DefaultJobExecutor(), false));
        results.add(run("maintflow-tuned", tuned.jobExecutor(), tuned.acquireByDueDate()));

        print(results);
        Path json = Path.of("target/bench/timers.json");
        Files.createDirectories(json.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), Map.of(
                "timers", TIMERS, "windowSeconds", WINDOW_MILLIS / 1000, "runAt", Instant.now().toString(),
                "cpus", Runtime.getRuntime().availableProcessors(), "results", results));
        System.out.println("JSON: " + json.toAbsolutePath());
    }

    private static TimerRun.Result run(String label, DefaultJobExecutor executor, boolean acquireByDueDate)
            throws Exception {
        var configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("bench-" + label)
                .setJdbcUrl("jdbc:h2:mem:bench-" + label + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate("true")
                .setHistory("none")
                .setJobExecutorActivate(false);
        configuration.setJobExecutor(executor);
        configuration.setJobExecutorAcquireByDueDate(acquireByDueDate);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            if (acquireByDueDate) {
                engine.getManagementService().createJobQuery().count();
                DueDateIndexSql.create(configuration);
            }
            engine.getRepositoryService().createDeployment().addModelInstance("bench-timer.bpmn", process()).deploy();
            System.out.printf("%s: creating %,d timers…%n", label, TIMERS);
            return new TimerRun(label, engine, configuration, TIMERS, WINDOW_MILLIS, GRACE_MILLIS).execute();
        } finally {
            engine.close();
        }
    }

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("BenchTimerProcess").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Created")
                .intermediateCatchEvent("TimerEvent_Due").timerWithDate("${due}")
                .serviceTask("Task_RecordFiring").camundaClass(RecordFiringDelegate.class.getName())
                .endEvent("EndEvent_Fired")
                .done();
    }

    private static void print(List<TimerRun.Result> results) {
        System.out.println();
        System.out.printf("%,d timers due within %d s, %d CPUs%n", TIMERS, WINDOW_MILLIS / 1000,
                Runtime.getRuntime().availableProcessors());
        String format = "%-18s %8s %8s %8s %8s %8s %10s %9s%n";
        System.out.printf(format, "configuration", "fired", "p50 ms", "p95 ms", "p99 ms", "max ms", "fired/s", "unfired");
        for (var r : results) {
            System.out.printf(format, r.configuration(), r.fired(), r.p50Millis(), r.p95Millis(), r.p99Millis(),
                    r.maxMillis(), String.format("%.1f", r.firedPerSecond()), r.unfired());
        }
    }
}

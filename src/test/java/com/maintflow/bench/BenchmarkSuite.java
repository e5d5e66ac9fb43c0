package com.maintflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.maintflow.intake.IntakeService;
import com.maintflow.tasklist.TaskQueryRewritePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * MaintFlow's benchmark: start-up, full flow against a baseline BPMN, intake over HTTP, the Tasklist query with
 * many open requests, the raw database ceiling and knowledge search (quality and latency), on H2 and/or MariaDB ({@code -Dbench.db=h2|mariadb|both}), in
 * one run. Prints progress while it runs, then one table; writes {@code target/bench/results.json}. Not a test:
 * {@code mvn -B -DskipLint=true -Pbench test-compile exec:java}; {@code -Dbench.suite=timers} runs the timer
 * lateness benchmark instead, {@code all} both. Settings: {@link BenchSettings}; results: docs/benchmarks.md.
 */
public final class BenchmarkSuite {

    private static final Duration QUIET_WAIT = Duration.ofMinutes(5);
    /** MaintFlow instances run under Flight Recorder after the full flow (about 20 s on a shared machine). */
    private static final int PROFILED_INSTANCES = 30;

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        String suite = System.getProperty("bench.suite", "app");
        if (suite.equals("app") || suite.equals("all")) {
            runApplicationSuite(BenchSettings.fromSystemProperties());
        }
        if (suite.equals("timers") || suite.equals("all")) {
            TimerLatencyBenchmark.main(args);
        }
        // Spring, Hikari and MySQL's cleanup threads may linger; the results are written.
        System.exit(0);
    }

    private static void runApplicationSuite(BenchSettings settings) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        for (BenchDatabase database : settings.databases()) {
            try {
                results.put(database.key(), run(database, settings));
            } catch (Exception | LinkageError e) {
                // One database failing must not cost the other's results (a run takes tens of minutes).
                Progress.say(database.label() + " failed: " + e);
                results.put(database.key(), Map.of("error", String.valueOf(e)));
            }
        }
        var report = new BenchReport(settings, results);
        report.print();
        Path json = report.write(Path.of("target/bench/results.json"));
        System.out.println("JSON: " + json.toAbsolutePath());
    }

    private static Map<String, Object> run(BenchDatabase database, BenchSettings settings) throws Exception {
        String label = database.label();
        Progress.say(label + " starting MaintFlow (profiles " + String.join(",", database.profiles()) + ")");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runAt", Instant.now().toString());
        try (var app = RunningMaintFlow.start(database)) {
            result.put("startupSeconds", app.startup().toMillis() / 1000.0);
            Progress.say(String.format("%s ready after %.1f s", label, app.startup().toMillis() / 1000.0));
            var engine = app.bean(ProcessEngine.class);
            var dataSource = app.bean(DataSource.class);

            if (settings.runs("raw")) {
                result.put("rawDb", new RawInsertSection(label, dataSource, settings.rawInsertTime()).run());
            }
            if (settings.runs("flow")) {
                flow(database, app, engine, settings, result);
            }
            if (settings.runs("cleanup")) {
                app.awaitQuiet(QUIET_WAIT);
                result.put("historyCleanup", new HistoryCleanupSection(label, engine.getHistoryService(),
                        engine.getManagementService(), dataSource).run());
            }
            if (settings.runs("intake")) {
                result.put("httpIntake", new IntakeLoadSection(label, app.port(), settings.intakeRequests(),
                        settings.intakeClients(), settings.intakeTimeLimit()).run());
                app.awaitQuiet(QUIET_WAIT);
            }
            if (settings.runs("tasklist")) {
                result.put("tasklistQuery", tasklist(label, app, engine, dataSource, settings));
            }
            if (settings.runs("knowledge")) {
                result.put("knowledge", new KnowledgeSection(label, app.beans(), dataSource,
                        settings.knowledgeArticles(), settings.queries()).run());
            }
        }
        return result;
    }

    /** Full flow of MaintFlow, its in-app baseline and the bare engine; Flight Recorder's profile; start-process. */
    private static void flow(BenchDatabase database, RunningMaintFlow app, ProcessEngine engine, BenchSettings settings,
        Map<String, Object> result) throws Exception {
        String label = database.label();
        var maintFlow = new MaintFlowFlow(app.bean(IntakeService.class), engine.getTaskService(),
                engine.getManagementService());
        var baseline = new BaselineFlow("baseline", engine.getRuntimeService(), engine.getTaskService(),
                engine.getManagementService(), maintFlow.userSteps());
        baseline.deploy(engine.getRepositoryService());
        var engineSettings = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (var bare = BareEngine.on(database, engineSettings)) {
            List<Flow> flows = new ArrayList<>(List.of(maintFlow, baseline));
            BaselineFlow bareFlow = bare == null ? null : BaselineFlow.on(bare.engine(), maintFlow.userSteps());
            if (bareFlow != null) {
                flows.add(bareFlow);
            }
            result.put("fullFlow", new FullFlowSection(label, flows, settings.flowInstances()).run());
            if (database == BenchDatabase.MARIADB) {
                result.put("statements", new StatementCensus(label, flows,
                        new StatementCounter(app.bean(DataSource.class))).run());
            }
            result.put("profile", FlightRecorderProfile.of(database.key() + "-full-flow", () -> {
                for (int i = 0; i < PROFILED_INSTANCES; i++) {
                    maintFlow.runOnce(-100 - i, maintFlow.freshLatencies());
                }
            }));
            if (bareFlow != null) {
                result.put("bareEngine", new StartProcessSection(label, bareFlow::start,
                        settings.flowInstances() * 5).run(List.of(1, settings.intakeClients())));
            } else {
                result.put("bareEngine", Map.of("skipped", "BENCH_BARE_DB_URL not set"));
            }
        }
    }

    private static Map<String, Object> tasklist(String label, RunningMaintFlow app, ProcessEngine engine,
            DataSource dataSource, BenchSettings settings) throws Exception {
        var seeder = new OpenRequestSeeder(app.bean(IntakeService.class), engine.getTaskService(),
                app.bean(PlatformTransactionManager.class));
        long begin = System.nanoTime();
        long opened = seeder.seedUpTo(label, Math.min(settings.realOpenRequests(), settings.openRequests()),
                settings.seedBatch());
        double seedSeconds = (System.nanoTime() - begin) / 1e9;
        app.awaitQuiet(QUIET_WAIT);
        Map<String, Object> result = new LinkedHashMap<>();
        long real = seeder.openAtReview();
        result.put("realOpenAtReview", real);
        result.put("seeded", opened);
        result.put("seedSeconds", seedSeconds);
        result.put("seededPerSecond", opened / Math.max(seedSeconds, 1e-3));
        var query = new TasklistQuerySection(label, engine.getTaskService(), engine.getIdentityService(), dataSource,
                settings.queries(), app.bean(TaskQueryRewritePlugin.class), new FilterQueries(engine.getFilterService(),
                        engine.getIdentityService(), app.bean(TaskQueryRewritePlugin.class), settings.queries()));
        // Measured at growing sizes, so the table shows how the query scales, not only its value at the top.
        var copies = new OpenRequestCopies(dataSource);
        var instanceCopies = new OpenInstanceCopies(dataSource);
        var webapps = new WebappLists(app.port(), settings.queries());
        // The two filters that match the most tasks: every review task, and the copies due hours ago.
        Map<String, String> largestFilters = new LinkedHashMap<>();
        for (String name : List.of("我组待办 / My groups' tasks", "已超时 / Overdue")) {
            largestFilters.put(name.replaceAll(" / .*", ""), engine.getFilterService().createFilterQuery()
                    .filterName(name).singleResult().getId());
        }
        String requestProcess = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("MaintenanceRequestProcess").latestVersion().singleResult().getId();
        long copied = 0;
        for (long level = Math.min(real, settings.openRequests()); ; level = Math.min(level * 10, settings.openRequests())) {
            copied += copies.copyUpTo(label, level, seeder.openAtReview());
            String phase = String.format("%,d open", level);
            Map<String, Object> measured = new LinkedHashMap<>(query.measure(phase));
            // Cockpit at the same size: as many running request instances as open review tasks.
            instanceCopies.copyUpTo(label, level);
            measured.put("engineRest", webapps.tasklist(label, phase, largestFilters));
            measured.put("cockpit", webapps.cockpit(label, phase, requestProcess));
            result.put(String.format("%,d open", level), measured);
            if (level >= settings.openRequests() || measured.containsKey("error")) {
                break;
            }
        }
        result.put("copied", copied);
        result.put("openAtReview", seeder.openAtReview());
        return result;
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}

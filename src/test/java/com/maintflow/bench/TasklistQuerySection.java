package com.maintflow.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import com.maintflow.tasklist.TaskQueryRewritePlugin;

/**
 * Tasklist query: a customer-service member's list of the group's open tasks, soonest due first, page of 50, as
 * Camunda's Java API runs it for that user (authorization checks on, so with their joins). Timed {@code queries}
 * times after a warm-up; the statement's plan is asked for with {@code EXPLAIN}.
 */
final class TasklistQuerySection {

    static final String USER = "cs1";
    static final String GROUP = "customer-service";
    private static final String STATEMENT =
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";
    private static final int WARM_UP = 5;
    private static final int PAGE = 50;
    /** A level whose queries are this slow is measured with fewer samples, so a run stays within minutes. */
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private final String label;
    private final TaskService tasks;
    private final IdentityService identity;
    private final DataSource dataSource;
    private final int queries;

    private final TaskQueryRewritePlugin rewrite;
    private final FilterQueries filters;

    TasklistQuerySection(String label, TaskService tasks, IdentityService identity, DataSource dataSource, int queries,
                         TaskQueryRewritePlugin rewrite, FilterQueries filters) {
        this.rewrite = rewrite;
        this.filters = filters;
        this.label = label;
        this.tasks = tasks;
        this.identity = identity;
        this.dataSource = dataSource;
        this.queries = queries;
    }

    /**
     * p50/p95 of the page query and the plan of its SQL. Stops early after a time budget (at least 3 samples); a
     * query the database aborts (the MariaDB run sets max_statement_time) is reported as an error, not measured.
     */
    Map<String, Object> measure(String phase) throws SQLException {
        Map<String, Object> result = new LinkedHashMap<>();
        identity.setAuthentication(USER, List.of(GROUP));
        try {
            var latencies = new Latencies();
            int done = 0;
            long begin = System.nanoTime();
            var progress = Progress.of(label + " Tasklist query (" + phase + ")", WARM_UP + queries);
            for (int i = 1; i <= WARM_UP + queries; i++) {
                long start = System.nanoTime();
                page();
                if (i > WARM_UP) {
                    latencies.add(System.nanoTime() - start);
                }
                done = i;
                progress.at(i);
                if (System.nanoTime() - begin > BUDGET_NANOS && i >= 3) {
                    break;
                }
            }
            if (latencies.count() == 0) {
                // Too slow for any sample after the warm-up: the mean of the warm-up queries is the result.
                latencies.add((System.nanoTime() - begin) / Math.max(1, done));
            }
            result.put("queries", latencies.count());
            result.put("p50Millis", latencies.medianMillis());
            result.put("p95Millis", latencies.percentileMillis(0.95));
            result.putAll(countAndCamundasOwn(phase));
            result.put("filters", filters.measure(label, phase));
        } catch (RuntimeException e) {
            Progress.say(label + " Tasklist query (" + phase + ") failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            result.put("error", String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } finally {
            identity.clearAuthentication();
        }
        identity.setAuthentication(USER, List.of(GROUP));
        try {
            var sql = SqlCapture.of(STATEMENT, () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(GROUP))
                    .orderByDueDate().asc().orderByTaskPriority().desc().listPage(0, 0));
            result.put("sql", sql.orElse("(not captured)"));
            result.put("plan", sql.isPresent() ? explain(sql.get().replace("LIMIT 0 ", "LIMIT 50 ")) : List.of());
        } finally {
            identity.clearAuthentication();
        }
        return result;
    }

    /**
     * The count Tasklist shows as a filter badge, and Camunda's own SQL (the rewrite switched off) side by side: its
     * latency and whether it returns the same page (same tasks, same sort keys in order). Camunda's SQL gets few
     * samples: at 100,000 open tasks on MySQL one run may take the statement time limit.
     */
    private Map<String, Object> countAndCamundasOwn(String phase) {
        Map<String, Object> result = new LinkedHashMap<>();
        var counts = new Latencies();
        for (int i = 0; i < Math.min(queries, 50); i++) {
            long start = System.nanoTime();
            tasks.createTaskQuery().taskCandidateGroupIn(List.of(GROUP)).count();
            counts.add(System.nanoTime() - start);
        }
        result.put("countP50Millis", counts.medianMillis());
        result.put("countP95Millis", counts.percentileMillis(0.95));
        List<Task> ours = page();
        var camunda = new Latencies();
        rewrite.setEnabled(false);
        try {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                List<Task> theirs = page();
                camunda.add(System.nanoTime() - start);
                result.put("samePageAsCamunda", SamePage.of(theirs, ours));
                if (camunda.medianMillis() > 5_000) {
                    break;
                }
            }
            result.put("camundaSqlP50Millis", camunda.medianMillis());
        } catch (RuntimeException e) {
            Progress.say(label + " Camunda's own task SQL (" + phase + ") aborted: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            result.put("camundaSqlError", "aborted (statement time limit)");
        } finally {
            rewrite.setEnabled(true);
        }
        return result;
    }

    private List<Task> page() {
        List<Task> page = tasks.createTaskQuery().taskCandidateGroupIn(List.of(GROUP))
                .orderByDueDate().asc().orderByTaskPriority().desc().listPage(0, PAGE);
        if (page.size() != PAGE) {
            throw new IllegalStateException("Expected a full page of " + PAGE + " tasks, got " + page.size());
        }
        return page;
    }

    /** The database's plan, one line per row of EXPLAIN (columns joined by " | "). */
    private List<String> explain(String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("EXPLAIN " + sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var line = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    if (c > 1) {
                        line.append(" | ");
                    }
                    line.append(rows.getMetaData().getColumnLabel(c)).append('=').append(rows.getString(c));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}

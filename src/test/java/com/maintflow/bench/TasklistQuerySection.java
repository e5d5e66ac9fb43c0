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
    private static final int WARM_UP = 20;
    private static final int PAGE = 50;

    private final String label;
    private final TaskService tasks;
    private final IdentityService identity;
    private final DataSource dataSource;
    private final int queries;

    TasklistQuerySection(String label, TaskService tasks, IdentityService identity, DataSource dataSource, int queries) {
        this.label = label;
        this.tasks = tasks;
        this.identity = identity;
        this.dataSource = dataSource;
        this.queries = queries;
    }

    /** p50/p95 of the page query and the plan of its SQL. */
    Map<String, Object> measure(String phase) throws SQLException {
        identity.setAuthentication(USER, List.of(GROUP));
        try {
            for (int i = 0; i < WARM_UP; i++) {
                page();
            }
            var latencies = new Latencies();
            var progress = Progress.of(label + " Tasklist query (" + phase + ")", queries);
            for (int i = 1; i <= queries; i++) {
                latencies.time(this::page);
                progress.at(i);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("queries", queries);
            result.put("p50Millis", latencies.medianMillis());
            result.put("p95Millis", latencies.percentileMillis(0.95));
            var sql = SqlCapture.of(STATEMENT, this::page);
            result.put("sql", sql.orElse("(not captured)"));
            result.put("plan", sql.isPresent() ? explain(sql.get()) : List.of());
            return result;
        } finally {
            identity.clearAuthentication();
        }
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

package com.maintflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * History cleanup: the engine clock moves past every time-to-live (five years and a day), then Camunda's history
 * cleanup job runs, as the job executor would in its night window, until a run removes nothing more. Measured: rows
 * removed from the {@code ACT_HI_*} tables per second. Runs after the full flow, whose finished instances are the
 * history removed.
 */
final class HistoryCleanupSection {

    private static final Duration PAST_EVERY_TTL = Duration.ofDays(1826);
    private static final int MAX_RUNS = 1_000;

    private final String label;
    private final HistoryService history;
    private final ManagementService management;
    private final DataSource dataSource;

    HistoryCleanupSection(String label, HistoryService history, ManagementService management, DataSource dataSource) {
        this.label = label;
        this.history = history;
        this.management = management;
        this.dataSource = dataSource;
    }

    Map<String, Object> run() throws SQLException {
        Progress.say(label + " history cleanup of the finished instances");
        long before = historyRows();
        long finished = history.createHistoricProcessInstanceQuery().finished().count();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(PAST_EVERY_TTL)));
        int runs = 0;
        long start = System.nanoTime();
        try {
            history.cleanUpHistoryAsync(true);
            long left = before;
            while (runs < MAX_RUNS) {
                List<Job> due = new ArrayList<>(history.findHistoryCleanupJobs());
                due.forEach(job -> management.executeJob(job.getId()));
                runs++;
                long now = historyRows();
                if (now == left) {
                    break;
                }
                left = now;
                // The job reschedules itself into the window; make its next run due now.
                history.cleanUpHistoryAsync(true);
            }
        } finally {
            ClockUtil.reset();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = historyRows();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("finishedInstances", finished);
        result.put("historyRowsBefore", before);
        result.put("historyRowsRemoved", before - after);
        result.put("jobRuns", runs);
        result.put("seconds", seconds);
        result.put("rowsRemovedPerSecond", (before - after) / Math.max(seconds, 1e-3));
        return result;
    }

    /** Rows in every ACT_HI_* table. */
    private long historyRows() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "ACT_HI_%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            return rows;
        }
    }
}

package com.maintflow.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's tables that MaintFlow's queries need and Camunda does not create, made once Camunda has
 * created its tables. Not Flyway migrations on purpose: on a fresh database Flyway may run before the engine creates
 * the tables, and a migration that skipped then would never run again. Idempotent (an index whose columns start
 * with the same columns counts) and tolerant of a second node creating it at the same moment.
 */
@Component
class EngineIndexes {

    /**
     * One index: its name, table and columns (with their direction), and the names of earlier MaintFlow indexes it
     * replaces (dropped once it exists, since a prefix of it is only extra work on every write).
     */
    record EngineIndex(String name, String table, List<String> columns, List<String> replaces) {

        String columnList() {
            return String.join(", ", columns);
        }

        /** The column names without their direction, upper case: what the database's metadata reports. */
        List<String> columnNames() {
            return columns.stream().map(c -> c.split(" ")[0].toUpperCase(Locale.ROOT)).toList();
        }
    }

    /** Due-date ordered job acquisition ({@code jobExecutorAcquireByDueDate}, config/job-executor.md). */
    static final EngineIndex JOB_DUE_DATE = new EngineIndex("MF_IDX_JOB_DUEDATE", "ACT_RU_JOB", List.of("DUEDATE_"),
            List.of());
    /**
     * Tasklist's order (due date, then priority, highest first, then newest first — what Tasklist appends when a
     * filter is opened with its default sort): with it and tasklist/TaskQuerySql, a page of the task list is read in
     * index order and the database stops after the page instead of sorting every open task. The third column
     * matters: without it MariaDB sorted all 100,000 matching tasks for Tasklist's own request (0.5 s, not 0.02 s).
     */
    static final EngineIndex TASK_DUE_DATE = new EngineIndex("MF_IDX_TASK_DUE_PRIO_CRT", "ACT_RU_TASK",
            List.of("DUE_DATE_ ASC", "PRIORITY_ DESC", "CREATE_TIME_ DESC"), List.of("MF_IDX_TASK_DUE_PRIO"));
    /**
     * Cockpit's running instances of a process, newest first (tasklist/RunningProcessInstanceQuerySql): the history
     * rows of one definition that have not ended, in start-time order, so the page is read in index order and the
     * database stops after it. Camunda's own (PROC_DEF_ID_, END_TIME_) finds the rows but not in that order.
     */
    static final EngineIndex RUNNING_INSTANCES_BY_START = new EngineIndex("MF_IDX_HI_PI_DEF_END_START",
            "ACT_HI_PROCINST", List.of("PROC_DEF_ID_", "END_TIME_", "START_TIME_"), List.of());
    static final List<EngineIndex> ALL = List.of(JOB_DUE_DATE, TASK_DUE_DATE, RUNNING_INSTANCES_BY_START);

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;

    // The engine is injected only so that this bean is created after it, i.e. after Camunda's schema exists.
    EngineIndexes(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void ensureIndexes() throws SQLException {
        for (EngineIndex index : ALL) {
            ensure(index);
        }
    }

    private void ensure(EngineIndex index) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String table = table(connection, index.table()).orElseThrow(() -> new IllegalStateException(
                    "Camunda table " + index.table() + " not found; cannot create " + index.name()));
            if (existingIndex(connection, table, index).isEmpty()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE INDEX " + index.name() + " ON " + table + " (" + index.columnList()
                            + ")");
                    log.info("Created index {} on {}({})", index.name(), table, index.columnList());
                } catch (SQLException e) {
                    // Another node may have won the race; only a still-missing index is a failure.
                    if (existingIndex(connection, table, index).isEmpty()) {
                        throw e;
                    }
                }
            }
            for (String replaced : index.replaces()) {
                dropIfPresent(connection, table, replaced);
            }
        }
    }

    private static void dropIfPresent(Connection connection, String table, String indexName) throws SQLException {
        if (columnsByIndex(connection, table).keySet().stream().noneMatch(indexName::equalsIgnoreCase)) {
            return;
        }
        String sql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                ? "DROP INDEX IF EXISTS " + indexName
                : "DROP INDEX " + indexName + " ON " + table;
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
            log.info("Dropped index {} on {}: replaced by a wider one", indexName, table);
        } catch (SQLException e) {
            // A second node may have dropped it a moment earlier.
            if (columnsByIndex(connection, table).keySet().stream().anyMatch(indexName::equalsIgnoreCase)) {
                throw e;
            }
        }
    }

    /** The name of the first index on the table whose leading column is the index's. */
    Optional<String> existingIndex(EngineIndex index) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> table = table(connection, index.table());
            return table.isPresent() ? existingIndex(connection, table.get(), index) : Optional.empty();
        }
    }

    /** The first index on the table whose columns start with the index's columns, in that order. */
    private static Optional<String> existingIndex(Connection connection, String table, EngineIndex index)
            throws SQLException {
        return columnsByIndex(connection, table).entrySet().stream()
                .filter(e -> e.getValue().size() >= index.columns().size()
                        && e.getValue().subList(0, index.columns().size()).equals(index.columnNames()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Every index of the table with its column names in order, upper case. */
    private static Map<String, List<String>> columnsByIndex(Connection connection, String table) throws SQLException {
        Map<String, TreeMap<Short, String>> columns = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (var indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (indexes.next()) {
                String name = indexes.getString("INDEX_NAME");
                String column = indexes.getString("COLUMN_NAME");
                if (name != null && column != null) {
                    columns.computeIfAbsent(name, n -> new TreeMap<>())
                            .put(indexes.getShort("ORDINAL_POSITION"), column.toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        columns.forEach((name, byPosition) -> result.put(name, List.copyOf(byPosition.values())));
        return result;
    }

    /** The table as the database spells it (upper case on H2, as created on MySQL). */
    private static Optional<String> table(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (var tables = meta.getTables(connection.getCatalog(), connection.getSchema(), candidate,
                    new String[] {"TABLE"})) {
                if (tables.next()) {
                    return Optional.of(tables.getString("TABLE_NAME"));
                }
            }
        }
        return Optional.empty();
    }
}

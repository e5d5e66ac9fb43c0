package com.maintflow.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * the tables, and a migration that skipped then would never run again. Idempotent (an index with the same leading
 * column counts) and tolerant of a second node creating it at the same moment.
 */
@Component
class EngineIndexes {

    /** One index: its name, table and column list, and the leading column that tells an equivalent one exists. */
    record EngineIndex(String name, String table, String leadingColumn, String columns) {
    }

    /** Due-date ordered job acquisition ({@code jobExecutorAcquireByDueDate}, config/job-executor.md). */
    static final EngineIndex JOB_DUE_DATE = new EngineIndex("MF_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_",
            "DUEDATE_");
    /**
     * Tasklist's order (due date, then priority, highest first): with it and tasklist/TaskQuerySql, a page of the
     * task list is read in index order and the database stops after the page instead of sorting every open task.
     */
    static final EngineIndex TASK_DUE_DATE = new EngineIndex("MF_IDX_TASK_DUE_PRIO", "ACT_RU_TASK", "DUE_DATE_",
            "DUE_DATE_ ASC, PRIORITY_ DESC");
    static final List<EngineIndex> ALL = List.of(JOB_DUE_DATE, TASK_DUE_DATE);

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
            if (existingIndex(connection, table, index).isPresent()) {
                return;
            }
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE INDEX " + index.name() + " ON " + table + " (" + index.columns() + ")");
                log.info("Created index {} on {}({})", index.name(), table, index.columns());
            } catch (SQLException e) {
                // Another node may have won the race; only a still-missing index is a failure.
                if (existingIndex(connection, table, index).isEmpty()) {
                    throw e;
                }
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

    private static Optional<String> existingIndex(Connection connection, String table, EngineIndex index)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (var indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (indexes.next()) {
                String column = indexes.getString("COLUMN_NAME");
                if (indexes.getShort("ORDINAL_POSITION") == 1 && column != null
                        && column.equalsIgnoreCase(index.leadingColumn())) {
                    return Optional.of(indexes.getString("INDEX_NAME"));
                }
            }
        }
        return Optional.empty();
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

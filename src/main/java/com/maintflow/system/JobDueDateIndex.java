package com.maintflow.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
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
 * Creates the index on {@code ACT_RU_JOB(DUEDATE_)} that due-date ordered job acquisition
 * ({@code jobExecutorAcquireByDueDate}) needs, once Camunda has created its tables.
 * Not a Flyway migration on purpose: on a fresh database Flyway may run before the engine creates
 * {@code ACT_RU_JOB}, and a migration that skipped then would never run again. Idempotent (it looks for any
 * index starting with {@code DUEDATE_} first) and tolerant of a second node creating it at the same moment.
 */
@Component
class JobDueDateIndex {

    static final String INDEX_NAME = "MF_IDX_JOB_DUEDATE";
    private static final String TABLE = "ACT_RU_JOB";
    private static final String COLUMN = "DUEDATE_";
    private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

    private final DataSource dataSource;

    // The engine is injected only so that this bean is created after it, i.e. after Camunda's schema exists.
    JobDueDateIndex(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void ensureIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String table = jobTable(connection).orElseThrow(() -> new IllegalStateException(
                    "Camunda table " + TABLE + " not found; cannot index its due dates"));
            if (existingIndex(connection, table).isPresent()) {
                return;
            }
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE INDEX " + INDEX_NAME + " ON " + table + " (" + COLUMN + ")");
                log.info("Created index {} on {}({}) for due-date ordered job acquisition", INDEX_NAME, table, COLUMN);
            } catch (SQLException e) {
                // Another node may have won the race; only a still-missing index is a failure.
                if (existingIndex(connection, table).isEmpty()) {
                    throw e;
                }
            }
        }
    }

    /** The name of the first index on ACT_RU_JOB whose leading column is DUEDATE_. */
    Optional<String> existingIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return jobTable(connection).isPresent() ? existingIndex(connection, jobTable(connection).get())
                    : Optional.empty();
        }
    }

    private static Optional<String> existingIndex(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (var indexes = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (indexes.next()) {
                String column = indexes.getString("COLUMN_NAME");
                if (indexes.getShort("ORDINAL_POSITION") == 1 && column != null && column.equalsIgnoreCase(COLUMN)) {
                    return Optional.of(indexes.getString("INDEX_NAME"));
                }
            }
        }
        return Optional.empty();
    }

    /** The table as the database spells it (upper case on H2, as created on MySQL). */
    private static Optional<String> jobTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new String[] {TABLE, TABLE.toLowerCase(Locale.ROOT)}) {
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

package com.maintflow.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * MariaDB's server-wide statement counters ({@code Com_select}, {@code Com_insert}, …): how many statements of each
 * kind the server ran between two readings. Server-wide, so it counts the bare engine's database too, and it is only
 * meaningful while the benchmark is the server's one client (bench/run-benchmarks.sh's scratch databases). Each
 * reading is one SELECT itself; {@link #since} leaves it out.
 */
final class StatementCounter {

    static final List<String> KINDS = List.of("select", "insert", "update", "delete", "commit");

    private final DataSource dataSource;

    /** On MariaDB/MySQL only: H2 keeps no such counters. */
    StatementCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The counters now, by kind. */
    Map<String, Long> read() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT LOWER(VARIABLE_NAME), VARIABLE_VALUE FROM "
                        + "information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', "
                        + "'COM_UPDATE', 'COM_DELETE', 'COM_COMMIT')")) {
            while (rows.next()) {
                counts.put(rows.getString(1).substring("com_".length()), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read MariaDB's statement counters", e);
        }
        return counts;
    }

    /** Statements of each kind since {@code before}, without the reading's own SELECT. */
    Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> after = read();
        Map<String, Long> delta = new LinkedHashMap<>();
        for (String kind : KINDS) {
            long ran = after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
            delta.put(kind, kind.equals("select") ? ran - 1 : ran);
        }
        return delta;
    }

    /**
     * Rows inserted, updated or deleted so far per table (schema-qualified), from MariaDB's user statistics
     * ({@code information_schema.TABLE_STATISTICS}); empty when they are off ({@code userstat}, which
     * bench/run-benchmarks.sh switches on for its run).
     */
    Map<String, Long> rowsChangedByTable() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME), ROWS_CHANGED "
                        + "FROM information_schema.TABLE_STATISTICS")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read MariaDB's table statistics", e);
        }
        return rows;
    }

    /**
     * Selects, inserts, updates and deletes so far, as one number. The difference of two readings includes the second
     * reading's own SELECT ({@link #OWN_STATEMENTS}).
     */
    long total() {
        return read().entrySet().stream().filter(e -> !e.getKey().equals("commit")).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** What one reading adds to the counters it reads. */
    static final long OWN_STATEMENTS = 1;
}

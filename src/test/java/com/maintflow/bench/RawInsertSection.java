package com.maintflow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Raw database ceiling: one thread inserting one row and committing, for a fixed time, through the application's
 * own DataSource (same pool, driver, URL flags and isolation). What a database round trip plus a commit costs,
 * so the engine's commits per second can be read as a share of it. The scratch table is dropped afterwards.
 */
final class RawInsertSection {

    private static final String TABLE = "MF_BENCH_RAW_INSERT";

    private final String label;
    private final DataSource dataSource;
    private final Duration duration;

    RawInsertSection(String label, DataSource dataSource, Duration duration) {
        this.label = label;
        this.dataSource = dataSource;
        this.duration = duration;
    }

    Map<String, Object> run() throws SQLException {
        Progress.say(label + " raw insert+commit for " + duration.toSeconds() + " s");
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "DROP TABLE IF EXISTS " + TABLE);
            execute(connection, "CREATE TABLE " + TABLE
                    + " (ID_ BIGINT PRIMARY KEY, NAME_ VARCHAR(255), CREATED_ TIMESTAMP NULL)");
            connection.setAutoCommit(false);
            var latencies = new Latencies();
            long begin = System.nanoTime();
            long deadline = begin + duration.toNanos();
            long rows = 0;
            try (var insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?)")) {
                while (System.nanoTime() < deadline) {
                    long rowBegin = System.nanoTime();
                    insert.setLong(1, ++rows);
                    insert.setString(2, "row " + rows);
                    insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
                    insert.executeUpdate();
                    connection.commit();
                    latencies.add(System.nanoTime() - rowBegin);
                }
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            connection.setAutoCommit(true);
            execute(connection, "DROP TABLE " + TABLE);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rows", rows);
            result.put("commitsPerSecond", rows / seconds);
            result.put("p50Millis", latencies.medianMillis());
            result.put("p99Millis", latencies.percentileMillis(0.99));
            return result;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

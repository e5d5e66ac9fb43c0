package com.maintflow.system;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts by key from one {@code select key, count(*) … group by key}, re-read at most every {@value #MAX_AGE_SECONDS}
 * seconds: a metrics gauge reads it on every scrape, and several Prometheus servers (or a short scrape interval)
 * must not turn into as many aggregate queries over tables of 100,000 rows. Values are cluster-wide (one database),
 * so every node reports the same number; dashboards take {@code max}.
 */
public final class CachedCounts {

    static final long MAX_AGE_SECONDS = 10;
    private static final long MAX_AGE_NANOS = Duration.ofSeconds(MAX_AGE_SECONDS).toNanos();

    private final JdbcTemplate jdbc;
    private final String sql;
    private final Supplier<Object[]> parameters;
    private Map<String, Long> counts = Map.of();
    private long readAt = System.nanoTime() - MAX_AGE_NANOS - 1;

    public CachedCounts(JdbcTemplate jdbc, String groupedCountSql) {
        this(jdbc, groupedCountSql, () -> new Object[0]);
    }

    /** With {@code ?} parameters taken afresh on every read (e.g. now). */
    public CachedCounts(JdbcTemplate jdbc, String groupedCountSql, Supplier<Object[]> parameters) {
        this.jdbc = jdbc;
        this.sql = groupedCountSql;
        this.parameters = parameters;
    }

    /** Now as the instant columns store it: UTC wall-clock time (hibernate.jdbc.time_zone). */
    public static Object[] utcNow() {
        return new Object[] {LocalDateTime.now(ZoneOffset.UTC)};
    }

    /** The count for {@code key}; 0 when no row has it. */
    public synchronized double count(String key) {
        if (System.nanoTime() - readAt > MAX_AGE_NANOS) {
            Map<String, Long> fresh = new HashMap<>();
            jdbc.query(sql, row -> {
                fresh.put(row.getString(1), row.getLong(2));
            }, parameters.get());
            counts = fresh;
            readAt = System.nanoTime();
        }
        return counts.getOrDefault(key, 0L);
    }
}

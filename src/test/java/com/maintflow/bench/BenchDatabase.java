package com.maintflow.bench;

import java.util.Locale;
import java.util.Map;

/**
 * The databases a run can measure, as the Spring profiles the application is started with: {@code test} (in-memory
 * H2, demo users and customers) and {@code test,mysql} (MariaDB from MAINTFLOW_DB_URL/USER/PASSWORD, exactly as
 * the MariaDB integration run in {@code .ci/run}; {@code bench/run-benchmarks.sh} creates that scratch database).
 */
enum BenchDatabase {

    // OPTIMIZE_REUSE_RESULTS=0: H2 otherwise hands a connection that repeats the same query with the same parameters
    // on unchanged tables its last result without running the query. The Java API calls of the benchmark repeat on
    // one connection, so their H2 times were that shortcut (0.7 ms at 100,000 open tasks for a query that takes
    // 0.9 s), while a desk's requests arrive on any connection with the tables changing in between.
    H2("H2", new String[] {"test"},
            Map.of("spring.datasource.url", "jdbc:h2:mem:maintflow-bench;DB_CLOSE_DELAY=-1;" + Constants.H2_NO_REUSE)),
    MARIADB("MariaDB", new String[] {"test", "mysql"}, Map.of());

    /** The H2 URL setting that makes every query run (see {@link #H2}). */
    static final class Constants {
        static final String H2_NO_REUSE = "OPTIMIZE_REUSE_RESULTS=0";

        private Constants() {
        }
    }

    private final String label;
    private final String[] profiles;
    private final Map<String, Object> properties;

    BenchDatabase(String label, String[] profiles, Map<String, Object> properties) {
        this.label = label;
        this.profiles = profiles;
        this.properties = properties;
    }

    static BenchDatabase named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "mariadb", "mysql" -> MARIADB;
            default -> throw new IllegalArgumentException("bench.db must be h2, mariadb or both, not " + name);
        };
    }

    String label() {
        return label;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String[] profiles() {
        return profiles.clone();
    }

    Map<String, Object> properties() {
        return properties;
    }
}

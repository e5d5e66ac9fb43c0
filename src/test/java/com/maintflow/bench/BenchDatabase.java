package com.maintflow.bench;

import java.util.Locale;
import java.util.Map;

/**
 * The databases a run can measure, as the Spring profiles the application is started with: {@code test} (in-memory
 * H2, demo users and customers) and {@code test,mysql} (MariaDB from MAINTFLOW_DB_URL/USER/PASSWORD, exactly as
 * the MariaDB integration run in {@code .ci/run}; {@code bench/run-benchmarks.sh} creates that scratch database).
 */
enum BenchDatabase {

    H2("H2", new String[] {"test"},
            Map.of("spring.datasource.url", "jdbc:h2:mem:maintflow-bench;DB_CLOSE_DELAY=-1")),
    MARIADB("MariaDB", new String[] {"test", "mysql"}, Map.of());

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

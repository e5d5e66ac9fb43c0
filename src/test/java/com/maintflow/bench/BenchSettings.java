package com.maintflow.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does, from {@code -Dbench.*} system properties. The defaults are a quick look (a few
 * minutes on H2); {@code docs/benchmarks.md} names the settings of the recorded run.
 */
record BenchSettings(List<BenchDatabase> databases, int flowInstances, int intakeRequests, int intakeClients,
        Duration intakeTimeLimit, int openRequests, int realOpenRequests, int seedBatch, int queries, Duration rawInsertTime,
        int knowledgeArticles, List<String> sections) {

    /** The sections of a run, in order; {@code -Dbench.sections=flow,intake} runs only those (quicker profiling). */
    static final List<String> ALL_SECTIONS = List.of("raw", "flow", "cleanup", "intake", "tasklist",
            "knowledge");

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                databases(System.getProperty("bench.db", "h2")),
                Integer.getInteger("bench.flowInstances", 100),
                Integer.getInteger("bench.intakeRequests", 1_000),
                Integer.getInteger("bench.intakeClients", 8),
                Duration.ofSeconds(Integer.getInteger("bench.intakeSeconds", 60)),
                Integer.getInteger("bench.openRequests", 100_000),
                Integer.getInteger("bench.realOpenRequests", 1_000),
                Integer.getInteger("bench.seedBatch", 100),
                Integer.getInteger("bench.queries", 200),
                Duration.ofSeconds(Integer.getInteger("bench.rawInsertSeconds", 10)),
                Integer.getInteger("bench.knowledgeArticles", 100_000),
                sections(System.getProperty("bench.sections", "all")));
    }

    /** For the JSON report: durations in seconds. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("databases", databases.stream().map(BenchDatabase::key).toList());
        map.put("flowInstances", flowInstances);
        map.put("intakeRequests", intakeRequests);
        map.put("intakeClients", intakeClients);
        map.put("intakeSeconds", intakeTimeLimit.toSeconds());
        map.put("openRequests", openRequests);
        map.put("realOpenRequests", realOpenRequests);
        map.put("seedBatch", seedBatch);
        map.put("queries", queries);
        map.put("rawInsertSeconds", rawInsertTime.toSeconds());
        map.put("knowledgeArticles", knowledgeArticles);
        map.put("sections", sections);
        return map;
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    private static List<String> sections(String value) {
        if (value.equalsIgnoreCase("all")) {
            return ALL_SECTIONS;
        }
        List<String> chosen = Arrays.stream(value.split(",")).map(String::strip).toList();
        chosen.stream().filter(section -> !ALL_SECTIONS.contains(section)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("bench.sections: " + unknown + " is none of " + ALL_SECTIONS);
        });
        return chosen;
    }

    /** {@code h2}, {@code mariadb} or {@code both}; several joined by commas also work. */
    private static List<BenchDatabase> databases(String value) {
        if (value.equalsIgnoreCase("both")) {
            return List.of(BenchDatabase.H2, BenchDatabase.MARIADB);
        }
        return Arrays.stream(value.split(",")).map(String::strip).map(BenchDatabase::named).toList();
    }
}

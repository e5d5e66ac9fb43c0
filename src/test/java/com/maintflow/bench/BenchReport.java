package com.maintflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of a run, a row per measurement and a column per database, and the same results as JSON. Ratios
 * are computed only between numbers of the same run and database (the machines are noisy).
 */
final class BenchReport {

    private final BenchSettings settings;
    private final Map<String, Object> results;

    BenchReport(BenchSettings settings, Map<String, Object> results) {
        this.settings = settings;
        this.results = results;
    }

    void print() {
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        results.forEach((db, result) -> columns.put(BenchDatabase.named(db).label(), rows(asMap(result))));
        List<String> labels = new ArrayList<>();
        columns.values().forEach(rows -> rows.keySet().stream().filter(l -> !labels.contains(l)).forEach(labels::add));
        int width = labels.stream().mapToInt(String::length).max().orElse(10) + 2;
        System.out.println();
        System.out.printf("MaintFlow benchmark, %d CPUs, %s%n", Runtime.getRuntime().availableProcessors(),
                java.time.LocalDate.now());
        var header = new StringBuilder(String.format("%-" + width + "s", "measurement"));
        columns.keySet().forEach(db -> header.append(String.format("%22s", db)));
        System.out.println(header);
        for (String label : labels) {
            var line = new StringBuilder(String.format("%-" + width + "s", label));
            columns.values().forEach(rows -> line.append(String.format("%22s", rows.getOrDefault(label, "-"))));
            System.out.println(line);
        }
        results.forEach((db, result) -> printProfile(BenchDatabase.named(db).label(), asMap(asMap(result).get("profile"))));
    }

    /** Flight Recorder's view of MaintFlow's full flow: the hottest frames, by self time and by MaintFlow class. */
    private static void printProfile(String db, Map<String, Object> profile) {
        if (profile.isEmpty()) {
            return;
        }
        System.out.printf("%nWhere MaintFlow's full flow spends its time, %s (%s execution samples, %s)%n", db,
                profile.get("samples"), profile.get("file"));
        for (String view : List.of("topSelfFrames", "topMaintFlowFrames")) {
            System.out.println(view.equals("topSelfFrames") ? "  top frames (self):" : "  innermost MaintFlow frame:");
            for (Object row : (List<?>) profile.getOrDefault(view, List.of())) {
                var frame = asMap(row);
                System.out.printf("    %5.1f %%  %s%n", 100 * number(frame.get("share")), frame.get("frame"));
            }
        }
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("settings", settings.asMap());
        document.put("cpus", Runtime.getRuntime().availableProcessors());
        document.put("java", System.getProperty("java.version"));
        document.put("results", results);
        BenchmarkSuite.json().writeValue(file.toFile(), document);
        return file;
    }

    private static Map<String, String> rows(Map<String, Object> r) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("start-up s (launch to ready)", fixed(r.get("startupSeconds"), 1));
        var flow = asMap(r.get("fullFlow"));
        var real = asMap(flow.get("MaintFlow"));
        var base = asMap(flow.get("baseline"));
        rows.put("full flow instances/s MaintFlow", fixed(real.get("instancesPerSecond"), 1));
        rows.put("full flow instances/s baseline", fixed(base.get("instancesPerSecond"), 1));
        rows.put("  MaintFlow / baseline", fixed(flow.get("instancesPerSecondRatio"), 2));
        var bareFlow = asMap(flow.get("bareEngine"));
        rows.put("bare engine full flow instances/s", fixed(bareFlow.get("instancesPerSecond"), 1));
        rows.put("  MaintFlow / bare engine", fixed(flow.get("ratioTo_bareEngine"), 2));
        var realSteps = asMap(real.get("stepLatency"));
        var baseSteps = asMap(base.get("stepLatency"));
        realSteps.forEach((step, latency) -> rows.put("  p50 ms " + step + " (MF / base)",
                fixed(asMap(latency).get("p50Millis"), 1) + " / "
                        + fixed(asMap(baseSteps.get(step)).get("p50Millis"), 1)));
        rows.put("engine commits/s MaintFlow", fixed(real.get("commitsPerSecond"), 0));
        var raw = asMap(r.get("rawDb"));
        rows.put("raw DB insert+commit/s", fixed(raw.get("commitsPerSecond"), 0));
        rows.put("  MaintFlow commits as % of raw", fixed(100 * number(real.get("commitsPerSecond"))
                / number(raw.get("commitsPerSecond")), 2) + " %");
        var http = asMap(r.get("httpIntake"));
        Map<String, Object> cleanup = asMap(r.get("historyCleanup"));
        rows.put("history cleanup rows removed/s", fixed(cleanup.get("rowsRemovedPerSecond"), 0));
        rows.put("  rows removed / finished instances", cleanup.get("historyRowsRemoved") + " / "
                + cleanup.get("finishedInstances"));
        rows.put("HTTP intake req/s (" + http.get("clients") + " clients)", fixed(http.get("requestsPerSecond"), 1));
        rows.put("  p50 / p99 ms", fixed(http.get("p50Millis"), 1) + " / " + fixed(http.get("p99Millis"), 1));
        rows.put("  requests / errors", http.get("requests") + " / " + http.get("errors"));
        var bare = asMap(r.get("bareEngine"));
        bare.forEach((threads, value) -> {
            var start = asMap(value);
            if (start.containsKey("startsPerSecond")) {
                rows.put("bare start-process/s (" + threads + ")", fixed(start.get("startsPerSecond"), 1));
                rows.put("  p50 / p99 ms (" + threads + ")", fixed(start.get("p50Millis"), 1) + " / "
                        + fixed(start.get("p99Millis"), 1));
            }
        });
        var bareAtClients = asMap(bare.get(http.get("clients") + " threads"));
        rows.put("  HTTP intake / bare start-process (" + http.get("clients") + ")",
                fixed(number(http.get("requestsPerSecond")) / number(bareAtClients.get("startsPerSecond")), 2));
        var tasklist = asMap(r.get("tasklistQuery"));
        rows.put("open requests at review", String.format("%,d", number(tasklist.get("openAtReview")).longValue()));
        rows.put("  real requests / row copies", String.format("%,d / %,d",
                number(tasklist.get("realOpenAtReview")).longValue(), number(tasklist.get("copied")).longValue()));
        rows.put("  intake of the real ones s (req/s)", fixed(tasklist.get("seedSeconds"), 0) + " ("
                + fixed(tasklist.get("seededPerSecond"), 1) + ")");
        tasklist.forEach((phase, value) -> {
            if (value instanceof Map<?, ?> measured && measured.containsKey("p50Millis")) {
                rows.put("Tasklist page p50 / p95 ms, " + phase, fixed(measured.get("p50Millis"), 1) + " / "
                        + fixed(measured.get("p95Millis"), 1));
                rows.put("  count p50 / p95 ms, " + phase, fixed(measured.get("countP50Millis"), 1) + " / "
                        + fixed(measured.get("countP95Millis"), 1));
                rows.put("  Camunda's own SQL p50 ms (same page?), " + phase, measured.containsKey("camundaSqlError")
                        ? "aborted (timeout)"
                        : fixed(measured.get("camundaSqlP50Millis"), 1) + " (" + measured.get("samePageAsCamunda") + ")");
                asMap(measured.get("filters")).forEach((filter, f) -> filterRows(rows, phase, filter, asMap(f)));
                asMap(measured.get("engineRest")).forEach((call, c) -> httpRow(rows, "  /engine-rest " + call
                        + " (cs1), " + phase, asMap(c)));
                asMap(measured.get("cockpit")).forEach((list, c) -> httpRow(rows, "  Cockpit " + list + " (sup1), "
                        + phase, asMap(c)));
            } else if (value instanceof Map<?, ?> measured && measured.containsKey("error")) {
                rows.put("Tasklist page p50 / p95 ms, " + phase, "aborted (timeout)");
            }
        });
        knowledgeRows(rows, asMap(r.get("knowledge")));
        // Last: MariaDB only, so its rows (tables by name) would otherwise fall between other rows of the table.
        statementRows(asMap(r.get("statements")), rows);
        return rows;
    }

    private static void knowledgeRows(Map<String, String> rows, Map<String, Object> knowledge) {
        asMap(knowledge.get("quality")).forEach((analysis, q) -> rows.put("knowledge recall@1 / @5 / MRR, " + analysis
                + " (" + knowledge.get("evaluationQueries") + " reports)", quality(asMap(q))));
        rows.put("knowledge index rebuild s, articles", fixed(knowledge.get("reindexSeconds"), 1) + ", "
                + knowledge.get("indexedArticles"));
        asMap(knowledge.get("atSize")).forEach((analysis, value) -> {
            var measured = asMap(value);
            rows.put("  recall@1 / @5 / MRR at size, " + analysis, quality(measured));
            rows.put("  search p50 / p95 ms at size, " + analysis, fixed(measured.get("p50Millis"), 1) + " / "
                    + fixed(measured.get("p95Millis"), 1));
        });
    }

    private static String quality(Map<String, Object> q) {
        return fixed(q.get("recallAt1"), 2) + " / " + fixed(q.get("recallAt5"), 2) + " / " + fixed(q.get("mrr"), 2);
    }

    /** One Tasklist filter at one level: page and count (ours), Camunda's SQL for both and whether they agree. */
    private static void filterRows(Map<String, String> rows, Object phase, String filter, Map<String, Object> f) {
        String name = "  filter " + filter.replaceAll(" / .*", "") + " (" + f.get("user") + "), " + phase;
        if (f.containsKey("error")) {
            rows.put(name, "aborted (timeout)");
            return;
        }
        rows.put(name + ": tasks", String.format("%,d", number(f.get("count")).longValue()));
        rows.put(name + ": page p50 / p95 ms", fixed(f.get("pageP50Millis"), 1) + " / " + fixed(f.get("pageP95Millis"), 1));
        rows.put(name + ": count p50 / p95 ms", fixed(f.get("countP50Millis"), 1) + " / "
                + fixed(f.get("countP95Millis"), 1));
        rows.put(name + ": Camunda page / count ms (same?)", f.containsKey("camundaSqlError") ? "aborted (timeout)"
                : fixed(f.get("camundaPageP50Millis"), 0) + " / " + fixed(f.get("camundaCountP50Millis"), 0) + " ("
                        + f.get("samePageAsCamunda") + "/" + f.get("sameCountAsCamunda") + ")");
    }

    /** One webapp call over HTTP at one level: p50 / p95 and what it reported (instances, rows or count). */
    private static void httpRow(Map<String, String> rows, String name, Map<String, Object> c) {
        rows.put(name, c.containsKey("error") ? String.valueOf(c.get("error"))
                : fixed(c.get("p50Millis"), 1) + " / " + fixed(c.get("p95Millis"), 1) + " ms ("
                        + String.format("%,d", number(c.get("reported")).longValue()) + ")");
    }

    @SuppressWarnings("unchecked")
    /** StatementCensus (MariaDB only): statements per instance and per step, MaintFlow / baseline / bare engine. */
    private static void statementRows(Map<String, Object> census, Map<String, String> rows) {
        if (census.isEmpty()) {
            return;
        }
        List<Map<String, Object>> flows = census.values().stream().map(BenchReport::asMap).toList();
        for (String kind : StatementCounter.KINDS) {
            rows.put("statements per instance, " + kind + " (MF / base / bare)", flows.stream()
                    .map(flow -> fixed(asMap(flow.get("perInstance")).get(kind), 1))
                    .collect(java.util.stream.Collectors.joining(" / ")));
        }
        // The tables MaintFlow writes most rows to per instance, largest first, against the yardsticks.
        asMap(flows.get(0).get("rowsChangedPerInstance")).entrySet().stream()
                .sorted((a, b) -> Double.compare(number(b.getValue()), number(a.getValue()))).limit(12)
                .forEach(table -> rows.put("  rows written per instance, " + table.getKey() + " (MF / base / bare)",
                        flows.stream().map(flow -> fixed(asMap(flow.get("rowsChangedPerInstance"))
                                .getOrDefault(table.getKey(), 0), 1))
                                .collect(java.util.stream.Collectors.joining(" / "))));
        asMap(flows.get(0).get("perStepMedian")).keySet().forEach(step -> rows.put("  statements " + step
                + " (MF / base / bare)", flows.stream().map(flow -> fixed(asMap(flow.get("perStepMedian")).get(step), 0))
                .collect(java.util.stream.Collectors.joining(" / "))));
    }

    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fixed(Object value, int decimals) {
        return String.format("%,." + decimals + "f", number(value));
    }
}

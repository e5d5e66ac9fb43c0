package com.maintflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many statements each flow sends to MariaDB per instance and per step, side by side: the work behind the full
 * flow's ratio to the bare engine, counted rather than timed, so it does not depend on how busy the machine is.
 * Two passes per flow after the timed blocks: one without readings for the totals by kind (the driver's own task
 * and job look-ups included, the same for every flow) and the rows written per table, one with a reading around each
 * step for the median per step. Background work of the application during a pass (the outbox sending the mails a
 * step queued) is counted with it: it is work the flow causes.
 */
final class StatementCensus {

    private static final int INSTANCES = 10;

    private final String label;
    private final List<Flow> flows;
    private final StatementCounter counter;

    StatementCensus(String label, List<Flow> flows, StatementCounter counter) {
        this.label = label;
        this.flows = List.copyOf(flows);
        this.counter = counter;
    }

    /** Per flow: statements per instance by kind, and the median statements of each step. */
    Map<String, Object> run() {
        Progress.say(label + " counting statements per step (" + INSTANCES + " instances of each flow)");
        Map<String, Object> result = new LinkedHashMap<>();
        for (Flow flow : flows) {
            Map<String, Long> tablesBefore = counter.rowsChangedByTable();
            Map<String, Long> before = counter.read();
            for (int i = 0; i < INSTANCES; i++) {
                flow.runOnce(-1000 - i, flow.freshLatencies(), () -> 0);
            }
            Map<String, Object> perInstance = new LinkedHashMap<>();
            counter.since(before).forEach((kind, count) -> perInstance.put(kind, count / (double) INSTANCES));
            Map<String, Double> rowsChanged = new java.util.TreeMap<>();
            counter.rowsChangedByTable().forEach((table, rows) -> {
                long changed = rows - tablesBefore.getOrDefault(table, 0L);
                if (changed > 0) {
                    // Without the schema: MaintFlow's and the bare engine's databases have the same Camunda tables.
                    rowsChanged.put(table.substring(table.indexOf('.') + 1).toUpperCase(java.util.Locale.ROOT),
                            changed / (double) INSTANCES);
                }
            });
            List<Latencies> steps = flow.freshLatencies();
            for (int i = 0; i < INSTANCES; i++) {
                flow.runOnce(-2000 - i, steps, counter::total);
            }
            Map<String, Object> perStep = new LinkedHashMap<>();
            List<String> names = flow.stepNames();
            for (int s = 0; s < names.size(); s++) {
                perStep.put(names.get(s), steps.get(s).percentile(0.5) - StatementCounter.OWN_STATEMENTS);
            }
            result.put(flow.name(), Map.of("perInstance", perInstance, "perStepMedian", perStep,
                    "rowsChangedPerInstance", rowsChanged));
        }
        return result;
    }
}

package com.maintflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full flow: N instances of MaintFlow's process and N of each yardstick ({@link BaselineFlow} inside MaintFlow's
 * engine, and on a {@link BareEngine}), in alternating blocks on one thread, so all see the same machine (shared,
 * noisy) at the same time. After a warm-up of each. Ratios are MaintFlow's rate over each yardstick's.
 */
final class FullFlowSection {

    private static final int BLOCK = 10;
    private static final int WARM_UP = 20;

    private final String label;
    private final List<Flow> flows;
    private final int instances;

    /** {@code flows}: MaintFlow's first, then the yardsticks. */
    FullFlowSection(String label, List<Flow> flows, int instances) {
        this.label = label;
        this.flows = List.copyOf(flows);
        this.instances = instances;
    }

    /** Per flow: instances/s, commits/s and the median of each step; plus the ratio MaintFlow/baseline. */
    Map<String, Object> run() {
        for (Flow flow : flows) {
            List<Latencies> ignored = flow.freshLatencies();
            for (int i = 0; i < WARM_UP; i++) {
                flow.runOnce(-1 - i, ignored);
            }
        }
        List<List<Latencies>> latencies = flows.stream().map(Flow::freshLatencies).toList();
        long[] elapsedNanos = new long[flows.size()];
        var progress = Progress.of(label + " full flow (" + flows.stream().map(Flow::name)
                .collect(java.util.stream.Collectors.joining(" + ")) + ", instances each)", instances);
        for (int done = 0; done < instances; ) {
            int block = Math.min(BLOCK, instances - done);
            for (int f = 0; f < flows.size(); f++) {
                long begin = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    flows.get(f).runOnce(done + i, latencies.get(f));
                }
                elapsedNanos[f] += System.nanoTime() - begin;
            }
            done += block;
            progress.at(done);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("instances", instances);
        for (int f = 0; f < flows.size(); f++) {
            result.put(flows.get(f).name(), summary(flows.get(f), latencies.get(f), elapsedNanos[f]));
        }
        // Key names as before the bare engine came: "instancesPerSecondRatio" is MaintFlow / in-app baseline.
        result.put("instancesPerSecondRatio", instancesPerSecond(elapsedNanos[0]) / instancesPerSecond(elapsedNanos[1]));
        for (int f = 2; f < flows.size(); f++) {
            result.put("ratioTo_" + flows.get(f).name(), instancesPerSecond(elapsedNanos[0]) / instancesPerSecond(elapsedNanos[f]));
        }
        return result;
    }

    private Map<String, Object> summary(Flow flow, List<Latencies> latencies, long elapsedNanos) {
        Map<String, Object> summary = new LinkedHashMap<>();
        double perSecond = instancesPerSecond(elapsedNanos);
        summary.put("instancesPerSecond", perSecond);
        summary.put("commitsPerInstance", flow.commits());
        summary.put("commitsPerSecond", perSecond * flow.commits());
        Map<String, Object> steps = new LinkedHashMap<>();
        List<String> names = flow.stepNames();
        for (int s = 0; s < names.size(); s++) {
            steps.put(names.get(s), Map.of("p50Millis", latencies.get(s).medianMillis(),
                    "p95Millis", latencies.get(s).percentileMillis(0.95)));
        }
        summary.put("stepLatency", steps);
        return summary;
    }

    private double instancesPerSecond(long elapsedNanos) {
        return instances / (elapsedNanos / 1e9);
    }

}

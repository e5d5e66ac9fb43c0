package com.maintflow.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full flow: N instances of MaintFlow's process and N of the {@link BaselineFlow}, in alternating blocks on one
 * thread, so both see the same machine (shared, noisy) and the same growing tables. After a warm-up of each.
 */
final class FullFlowSection {

    private static final int BLOCK = 10;
    private static final int WARM_UP = 20;

    private final String label;
    private final List<Flow> flows;
    private final int instances;

    FullFlowSection(String label, Flow maintFlow, Flow baseline, int instances) {
        this.label = label;
        this.flows = List.of(maintFlow, baseline);
        this.instances = instances;
    }

    /** Per flow: instances/s, commits/s and the median of each step; plus the ratio MaintFlow/baseline. */
    Map<String, Object> run() {
        for (Flow flow : flows) {
            List<Latencies> ignored = fresh(flow);
            for (int i = 0; i < WARM_UP; i++) {
                flow.runOnce(-1 - i, ignored);
            }
        }
        List<List<Latencies>> latencies = flows.stream().map(FullFlowSection::fresh).toList();
        long[] elapsedNanos = new long[flows.size()];
        var progress = Progress.of(label + " full flow (MaintFlow + baseline, instances each)", instances);
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
        result.put("instancesPerSecondRatio", instancesPerSecond(elapsedNanos[0]) / instancesPerSecond(elapsedNanos[1]));
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

    private static List<Latencies> fresh(Flow flow) {
        List<Latencies> list = new ArrayList<>();
        flow.stepNames().forEach(name -> list.add(new Latencies()));
        return list;
    }
}

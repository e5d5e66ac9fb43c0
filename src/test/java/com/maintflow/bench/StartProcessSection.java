package com.maintflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Start-process throughput of the bare engine, on 1 and on 8 threads: the yardstick for HTTP intake, which starts
 * one instance per request (and does MaintFlow's register, ticket number, acknowledgement and clocks with it).
 * Each thread starts the next instance when its last one has committed.
 */
final class StartProcessSection {

    private static final int WARM_UP = 50;

    private final String label;
    private final IntConsumer start;
    private final int starts;

    StartProcessSection(String label, IntConsumer start, int starts) {
        this.label = label;
        this.start = start;
        this.starts = starts;
    }

    Map<String, Object> run(List<Integer> threadCounts) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            start.accept(-10_000 - i);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (int threads : threadCounts) {
            result.put(threads + " threads", measure(threads));
        }
        return result;
    }

    private Map<String, Object> measure(int threads) throws Exception {
        var latencies = new Latencies();
        var next = new AtomicInteger();
        var progress = Progress.of(label + " bare engine start-process, " + threads + " threads", starts);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < starts; i = next.getAndIncrement()) {
                        int index = 1_000_000 * threads + i;
                        latencies.time(() -> start.accept(index));
                        progress.at(latencies.count());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("starts", starts);
        result.put("startsPerSecond", starts / seconds);
        result.put("p50Millis", latencies.medianMillis());
        result.put("p99Millis", latencies.percentileMillis(0.99));
        return result;
    }
}

package com.maintflow.bench;

import java.util.Arrays;

/** Durations of one kind of operation, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Times {@code action} and records its duration. */
    void time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        add(System.nanoTime() - start);
    }

    /**
     * One unmeasured call (statement cache, buffer pool), then up to {@code times} measured calls, stopping early
     * once {@code budgetNanos} are spent and at least 3 samples are in, so a slow level does not hold a run.
     */
    static Latencies sample(int times, long budgetNanos, Runnable call) {
        call.run();
        var latencies = new Latencies();
        long begin = System.nanoTime();
        for (int i = 0; i < times; i++) {
            latencies.time(call);
            if (System.nanoTime() - begin > budgetNanos && latencies.count() >= 3) {
                break;
            }
        }
        return latencies;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile ({@code 0 < p <= 1}) in milliseconds, -1 without samples. */
    synchronized double percentileMillis(double p) {
        return count == 0 ? -1 : percentile(p) / 1e6;
    }

    /** The {@code p}-th percentile of the values as added (for counts rather than durations); 0 without samples. */
    synchronized long percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * count) - 1];
    }

    double medianMillis() {
        return percentileMillis(0.50);
    }
}

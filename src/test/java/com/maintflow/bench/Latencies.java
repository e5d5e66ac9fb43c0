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

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile ({@code 0 < p <= 1}) in milliseconds, -1 without samples. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * count) - 1] / 1e6;
    }

    double medianMillis() {
        return percentileMillis(0.50);
    }
}

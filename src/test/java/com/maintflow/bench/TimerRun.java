package com.maintflow.bench;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * One measured run: timers are created due a day ahead (so creation speed cannot distort anything), then all
 * due dates are moved by one SQL update to start two seconds later, spread evenly over the window.
 */
final class TimerRun {

    private static final long FAR_AHEAD_MILLIS = 86_400_000;
    private static final long LEAD_MILLIS = 2_000;
    private static volatile TimerRun current;

    /** Lateness percentiles in milliseconds and throughput of one configuration. */
    record Result(String configuration, int fired, int unfired, long p50Millis, long p95Millis, long p99Millis,
            long maxMillis, double firedPerSecond) {
    }

    private final String label;
    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final int timers;
    private final long windowMillis;
    private final long graceMillis;
    private final long[] firedAt;
    private final CountDownLatch allFired;
    private volatile long base;

    TimerRun(String label, ProcessEngine engine, ProcessEngineConfigurationImpl configuration, int timers,
            long windowMillis, long graceMillis) {
        this.label = label;
        this.engine = engine;
        this.configuration = configuration;
        this.timers = timers;
        this.windowMillis = windowMillis;
        this.graceMillis = graceMillis;
        this.firedAt = new long[timers];
        this.allFired = new CountDownLatch(timers);
    }

    static TimerRun current() {
        return current;
    }

    Result execute() throws SQLException, InterruptedException {
        current = this;
        long farBase = System.currentTimeMillis() + FAR_AHEAD_MILLIS;
        for (int i = 0; i < timers; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("BenchTimerProcess",
                    Map.of("index", i, "due", new Date(farBase + offset(i))));
        }
        base = System.currentTimeMillis() + LEAD_MILLIS;
        shiftDueDates(base - farBase);
        configuration.getJobExecutor().start();
        System.out.printf("%s: timers due from now+%d ms over %d s; waiting…%n", label, LEAD_MILLIS, windowMillis / 1000);
        allFired.await(base + windowMillis + graceMillis - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        configuration.getJobExecutor().shutdown();
        return result();
    }

    void fired(int index, long at) {
        // A job retried after an optimistic-locking failure may run the delegate twice: count the first firing.
        synchronized (firedAt) {
            if (firedAt[index] != 0) {
                return;
            }
            firedAt[index] = at;
        }
        allFired.countDown();
    }

    private long offset(int index) {
        return index * windowMillis / timers;
    }

    private void shiftDueDates(long deltaMillis) throws SQLException {
        try (var connection = configuration.getDataSource().getConnection();
                var update = connection.prepareStatement(
                        "UPDATE ACT_RU_JOB SET DUEDATE_ = DATEADD(MILLISECOND, ?, DUEDATE_)")) {
            update.setLong(1, deltaMillis);
            int shifted = update.executeUpdate();
            if (shifted != timers) {
                throw new IllegalStateException("Expected " + timers + " timer jobs, shifted " + shifted);
            }
        }
    }

    private Result result() {
        long[] lateness;
        long firstFired = Long.MAX_VALUE;
        long lastFired = 0;
        synchronized (firedAt) {
            lateness = new long[(int) Arrays.stream(firedAt).filter(t -> t != 0).count()];
            int n = 0;
            for (int i = 0; i < timers; i++) {
                if (firedAt[i] != 0) {
                    lateness[n++] = firedAt[i] - (base + offset(i));
                    firstFired = Math.min(firstFired, firedAt[i]);
                    lastFired = Math.max(lastFired, firedAt[i]);
                }
            }
        }
        Arrays.sort(lateness);
        int fired = lateness.length;
        double seconds = Math.max(1, lastFired - Math.min(firstFired, base)) / 1000.0;
        return new Result(label, fired, timers - fired, percentile(lateness, 0.50), percentile(lateness, 0.95),
                percentile(lateness, 0.99), fired == 0 ? -1 : lateness[fired - 1], fired == 0 ? 0 : fired / seconds);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}

package com.maintflow.bench;

/** Progress lines such as {@code [bench] H2 full flow 120/500}, at most one every few seconds per task. */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final String task;
    private final long total;
    private final long started = System.nanoTime();
    private long lastPrinted = started;

    private Progress(String task, long total) {
        this.task = task;
        this.total = total;
    }

    static Progress of(String task, long total) {
        say(task + " 0/" + total);
        return new Progress(task, total);
    }

    static void say(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }

    synchronized void at(long done) {
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS || done == total) {
            lastPrinted = now;
            double seconds = (now - started) / 1e9;
            say(String.format("%s %,d/%,d (%.0f s, %.0f/s)", task, done, total, seconds, done / Math.max(seconds, 1e-3)));
        }
    }
}

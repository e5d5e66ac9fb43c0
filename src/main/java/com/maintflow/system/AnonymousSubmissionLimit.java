package com.maintflow.system;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many anonymous submissions (intake, portal forms) one client address may make per window: customers have no
 * login, so without a limit one script can fill the register, the ticket numbers and the staff's Tasklist. A fixed
 * window per address is enough for that (a burst at a window's edge may reach twice the limit); counts live in
 * memory per node, so a restart or a second node only ever lets more through, never refuses a real customer.
 */
final class AnonymousSubmissionLimit {

    /** Above this many tracked addresses, windows that have ended are dropped, so the map cannot grow unbounded. */
    private static final int MAX_TRACKED = 10_000;

    private record Window(long startMillis, AtomicInteger count) {
    }

    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    AnonymousSubmissionLimit(int perWindow, Duration window, Clock clock) {
        if (perWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limit needs a positive count and window");
        }
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one submission from {@code client}; empty when it may go ahead, else the seconds until it may retry. */
    OptionalLong tryAcquire(String client) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.startMillis() >= window.toMillis());
        }
        Window current = windows.compute(client, (key, w) ->
                w == null || now - w.startMillis() >= window.toMillis() ? new Window(now, new AtomicInteger()) : w);
        if (current.count().incrementAndGet() <= perWindow) {
            return OptionalLong.empty();
        }
        long waitMillis = current.startMillis() + window.toMillis() - now;
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }
}

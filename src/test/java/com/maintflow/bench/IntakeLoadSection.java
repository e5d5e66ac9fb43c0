package com.maintflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intake over HTTP: {@code POST /api/requests} as anonymous customers, from a fixed number of client threads on
 * loopback, each sending its next request as soon as the last one is answered. Bounded by a request count and a
 * time limit, whichever comes first. Every answer other than 201 counts as an error.
 */
final class IntakeLoadSection {

    private static final int WARM_UP = 50;

    private final String label;
    private final URI endpoint;
    private final int requests;
    private final int clients;
    private final Duration timeLimit;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String body;

    IntakeLoadSection(String label, int port, int requests, int clients, Duration timeLimit) throws Exception {
        this.label = label;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/requests");
        this.requests = requests;
        this.clients = clients;
        this.timeLimit = timeLimit;
        var command = MaintFlowFlow.command(0);
        this.body = new ObjectMapper().writeValueAsString(Map.of("customerCode", command.customerCode(),
                "contactName", command.contactName(), "contactEmail", command.contactEmail(),
                "contactPhone", command.contactPhone(), "channel", command.channel(), "system", command.system(),
                "title", command.title(), "description", command.description()));
    }

    Map<String, Object> run() throws InterruptedException {
        var unused = new Latencies();
        for (int i = 0; i < WARM_UP; i++) {
            post(unused, new ConcurrentHashMap<>());
        }
        var latencies = new Latencies();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        var issued = new AtomicInteger();
        var answered = new AtomicInteger();
        long begin = System.nanoTime();
        long deadline = begin + timeLimit.toNanos();
        var progress = Progress.of(label + " HTTP intake (" + clients + " clients)", requests);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(new Thread(() -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= requests) {
                    post(latencies, statuses);
                    progress.at(answered.incrementAndGet());
                }
            }, "bench-intake-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clients", clients);
        result.put("requests", latencies.count());
        result.put("seconds", seconds);
        result.put("requestsPerSecond", latencies.count() / seconds);
        result.put("p50Millis", latencies.medianMillis());
        result.put("p99Millis", latencies.percentileMillis(0.99));
        result.put("maxMillis", latencies.percentileMillis(1.0));
        result.put("statuses", Map.copyOf(statuses));
        result.put("errors", statuses.entrySet().stream().filter(e -> e.getKey() != 201)
                .mapToInt(e -> e.getValue().get()).sum());
        return result;
    }

    /** One request; a failed connection counts as status 0. */
    private void post(Latencies latencies, Map<Integer, AtomicInteger> statuses) {
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long begin = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = 0;
        }
        latencies.add(System.nanoTime() - begin);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }
}

package com.maintflow.notify.webhook;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.maintflow.identity.StaffGroup;
import com.maintflow.notify.NotificationOutbox;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import com.maintflow.support.TestUsers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhooks against a real HTTP receiver started in the test (the JDK's HttpServer on 127.0.0.1, the one host the
 * test profile lets through the SSRF guard): a subscribed event arrives once, signed; a failed delivery is retried
 * through the outbox with the same key, body and signature; private targets are refused; a removed subscription
 * gets nothing.
 */
@MaintFlowIntegrationTest
class WebhookIT extends HttpJourneyTest {

    private static final String ADMIN = "webhookadmin";
    private static final String SECRET = "webhook-test-secret-0123456789-abcdef";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired private IdentityService identity;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private NotificationOutbox outbox;

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<Long> subscriptions = new ArrayList<>();

    /** One POST as the receiver saw it. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        TestUsers.given(identity, ADMIN, StaffGroup.CAMUNDA_ADMIN);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void removeSubscriptionsAndStopReceiver() {
        // Other ITs share the database: leave no subscription that would queue deliveries for their tickets.
        subscriptions.forEach(id -> admin().delete("/api/webhooks/" + id));
        receiver.stop(0);
    }

    @Test
    void subscribedEventArrivesOnceSignedWithItsIdempotencyKey() throws Exception {
        // given
        long subscription = subscribe(List.of("RECEIVED"));

        // when
        String ticket = journey.submit(IntakeBody.valid());

        // then
        Received delivery = next();
        var body = new ObjectMapper().readTree(delivery.body());
        assertThat(body.path("event").asText()).isEqualTo("RECEIVED");
        assertThat(body.path("subject").asText()).isEqualTo(ticket);
        assertThat(delivery.header("X-MaintFlow-Event")).isEqualTo("RECEIVED");
        assertThat(delivery.header("Idempotency-Key")).isNotBlank();
        assertThat(delivery.header("X-MaintFlow-Signature")).isEqualTo(
                "sha256=" + WebhookTransport.sign(SECRET, delivery.header("X-MaintFlow-Timestamp") + "." + delivery.body()));
        assertThat(deliveriesOf(subscription, ticket)).as("only the subscribed event").isEqualTo(1);
        await().atMost(DELIVERY).until(() -> "SENT".equals(rowOf(subscription, ticket).get("status")));
    }

    @Test
    void failedDeliveryIsRetriedWithTheSameKeyBodyAndSignature() throws Exception {
        // given: the receiver is down for the first attempt
        long subscription = subscribe(List.of("RECEIVED"));
        answers.add(503);

        // when
        String ticket = journey.submit(IntakeBody.valid());
        Received first = next();

        // then: counted, backed off like a mail, still waiting
        await().atMost(DELIVERY).until(() -> ((Number) rowOf(subscription, ticket).get("attempts")).intValue() == 1);
        var row = rowOf(subscription, ticket);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("last_error")).isEqualTo("HTTP 503");

        // when: the retry sweep's turn comes (run here instead of waiting out the one-minute back-off)
        outbox.deliver(((Number) row.get("id")).longValue());

        // then
        Received second = next();
        assertThat(second.body()).isEqualTo(first.body());
        for (String header : List.of("Idempotency-Key", "X-MaintFlow-Timestamp", "X-MaintFlow-Signature")) {
            assertThat(second.header(header)).as(header).isEqualTo(first.header(header));
        }
        assertThat(rowOf(subscription, ticket).get("status")).isEqualTo("SENT");
    }

    @Test
    void privateLoopbackAndLinkLocalTargetsAreRefused() {
        for (String url : List.of("http://10.0.0.7/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/",
                "http://localhost:8080/hook", "http://[::1]/hook", "ftp://example.com/hook")) {
            var answer = admin().postJson("/api/webhooks", Map.of("url", url, "events", List.of("*"), "secret", SECRET));
            assertThat(errorFields(assertProblem(answer, 400))).as(url).containsExactly("url");
        }
        assertProblem(api.as(Staff.CS1).postJson("/api/webhooks",
                Map.of("url", receiverUrl(), "events", List.of("*"), "secret", SECRET)), 403);
    }

    @Test
    void removedSubscriptionGetsNothingMore() {
        // given
        long subscription = subscribe(List.of("*"));

        // when
        assertThat(admin().delete("/api/webhooks/" + subscription).status()).isEqualTo(204);
        String ticket = journey.submit(IntakeBody.valid());

        // then: nothing queued for it (queuing happens in the intake's own transaction)
        assertThat(deliveriesOf(subscription, ticket)).isZero();
        var listed = admin().get("/api/webhooks").json();
        assertThat(listed.findValues("id")).anySatisfy(id -> assertThat(id.asLong()).isEqualTo(subscription));
        listed.forEach(view -> {
            assertThat(view.has("secret")).isFalse();
            if (view.path("id").asLong() == subscription) {
                assertThat(view.path("active").asBoolean()).isFalse();
            }
        });
    }

    private long subscribe(List<String> events) {
        var created = admin().postJson("/api/webhooks",
                Map.of("url", receiverUrl(), "events", events, "secret", SECRET));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long id = created.json().path("id").asLong();
        subscriptions.add(id);
        return id;
    }

    private Received next() throws InterruptedException {
        Received delivery = received.poll(DELIVERY.toSeconds(), TimeUnit.SECONDS);
        assertThat(delivery).as("a delivery within %s", DELIVERY).isNotNull();
        return delivery;
    }

    private MaintFlowApi admin() {
        return api.withBasic(ADMIN, TestUsers.PASSWORD);
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private long deliveriesOf(long subscription, String ticket) {
        return jdbc.queryForObject("select count(*) from mf_notification where recipient = ? and ticket = ?",
                Long.class, WebhookTransport.RECIPIENT_PREFIX + subscription, ticket);
    }

    private Map<String, Object> rowOf(long subscription, String ticket) {
        return jdbc.queryForMap("select id, status, attempts, last_error from mf_notification"
                + " where recipient = ? and ticket = ?", WebhookTransport.RECIPIENT_PREFIX + subscription, ticket);
    }
}
